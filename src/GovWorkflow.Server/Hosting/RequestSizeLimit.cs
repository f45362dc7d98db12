using System.Globalization;
using GovWorkflow.Server.Cases;

namespace GovWorkflow.Server.Hosting;

/// <summary>Answers a request body over <see cref="MaterialOptions.MaxRequestBytes"/> with the 413 problem <c>request.too-large</c>.</summary>
/// <remarks>
/// A declared <c>Content-Length</c> over the limit is refused before the body is read. A body without one (chunked)
/// is cut off by Kestrel's <c>MaxRequestBodySize</c> while the endpoint reads it; that exception becomes the same
/// problem while nothing has been written yet.
/// </remarks>
public sealed class RequestSizeLimit(RequestDelegate next, MaterialOptions options)
{
    /// <summary>Refuses an oversized body, or runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            await TooLarge().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLarge().ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>The problem, naming the limits in MB.</summary>
    public IResult TooLarge() => Problems.Of(
        StatusCodes.Status413PayloadTooLarge,
        "request.too-large",
        $"请求体超过上限 {Megabytes(options.MaxRequestBytes)} MB，未予处理。请压缩文件（每个文件不超过 {Megabytes(options.MaxFileBytes)} MB），或分几次上传。");

    private static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.##", CultureInfo.InvariantCulture);
}
