using System.Security.Cryptography;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Hosting;
using NodaTime;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Cases;

/// <summary>Takes in material files: checks each one, stores it under a server-made name, tells the case, records it.</summary>
/// <remarks>
/// The message the files carry follows from the case: <c>materials-corrected</c> while a correction notice is out,
/// <c>materials-supplied</c> while 容缺 materials are owed; otherwise the files are recorded only (e.g. sent ahead of
/// the window's check). Files are written before the message and deleted when the desk refuses it, so a recorded
/// message always has its files; rows are added once the message went through.
/// </remarks>
public sealed class MaterialUploads(MaterialOptions options, MaterialStorage storage, Func<ServerDbContext> contexts, Func<RuntimeDbContext> runtimeContexts, CaseDesk desk, IClock clock)
{
    /// <summary>The message the case awaits materials with now, or null.</summary>
    public static string? MessageFor(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Status == CaseStatus.AwaitingCorrection)
        {
            return "materials-corrected";
        }

        var owed = file.Tolerant is { } tolerant && file.Status == CaseStatus.Accepted
            && tolerant.MaterialKeys.Any(k => file.Materials.Any(m => string.Equals(m.Key, k, StringComparison.Ordinal) && m.IsLacking));
        return owed ? "materials-supplied" : null;
    }

    /// <summary>Checks every file: a material of the case (form field name), size, type by content and declaration; hashes it.</summary>
    public async Task<(IReadOnlyList<IncomingMaterial> Files, IResult? Problem)> ReadAsync(CaseFile file, IFormFileCollection files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(files);
        var read = new List<IncomingMaterial>();
        foreach (var upload in files)
        {
            var key = upload.Name.Trim();
            if (!file.Materials.Any(m => string.Equals(m.Key, key, StringComparison.Ordinal)))
            {
                return ([], Problems.Of(StatusCodes.Status422UnprocessableEntity, "material.key-unknown", $"“{key}”不是本办件所需材料：每个文件的表单字段名应为“事项编码/材料编码”。"));
            }

            if (upload.Length > options.MaxFileBytes)
            {
                return ([], Problems.Of(StatusCodes.Status413PayloadTooLarge, "material.too-large", $"文件“{FileNames.ForDisplay(upload.FileName)}”超过大小上限 {options.MaxFileBytes / 1024} KB。"));
            }

            var content = new byte[upload.Length];
            var stream = upload.OpenReadStream();
            await using (stream.ConfigureAwait(false))
            {
                await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            }

            if (MaterialType.Detect(content) is not { } type || !type.Matches(upload.ContentType))
            {
                return ([], Problems.Of(StatusCodes.Status415UnsupportedMediaType, "material.type-unsupported", $"文件“{FileNames.ForDisplay(upload.FileName)}”的类型不受支持：只接收 PDF、JPEG、PNG，且声明的类型须与文件内容一致。"));
            }

            read.Add(new IncomingMaterial(key, FileNames.ForDisplay(upload.FileName), type, content, Convert.ToHexStringLower(SHA256.HashData(content))));
        }

        return (read, null);
    }

    /// <summary>Stores the files, sends the message the case awaits (if any) through the desk, and records them.</summary>
    public async Task<IResult> AcceptAsync(CaseFile file, CurrentUser user, IReadOnlyList<IncomingMaterial> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(files);
        var names = new List<string>();
        foreach (var incoming in files)
        {
            var name = MaterialStorage.NewName(file.Id, incoming.Type);
            await storage.WriteAsync(name, incoming.Content, cancellationToken).ConfigureAwait(false);
            names.Add(name);
        }

        var message = MessageFor(file);
        if (message is not null)
        {
            var keys = files.Select(f => f.Key).Distinct(StringComparer.Ordinal).ToList();
            var sent = await desk.SendAsync(file.Id, message, new Dictionary<string, FeelValue>(StringComparer.Ordinal), keys, user.Id, cancellationToken).ConfigureAwait(false);
            if (!sent.Succeeded)
            {
                names.ForEach(storage.Delete);
                return Problems.From(sent.Error!);
            }

            await desk.Workflow.RunJobsAsync(file.Id, cancellationToken).ConfigureAwait(false);
        }

        var records = await RecordAsync(file.Id, user.Id, files, names, cancellationToken).ConfigureAwait(false);
        var open = await desk.Workflow.OpenTasksAsync(file.Id, cancellationToken).ConfigureAwait(false);
        return Results.Created($"/api/cases/{file.Id}/materials", new MaterialsUploaded(file.Id, message, [.. records.Select(MaterialFileView.Of)], [.. open.Select(OpenTaskView.Of)]));
    }

    private async Task<List<MaterialFileRecord>> RecordAsync(string caseId, string userId, IReadOnlyList<IncomingMaterial> files, List<string> names, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant().ToUnixTimeTicks();
        var records = files.Select((f, i) => new MaterialFileRecord
        {
            CaseId = caseId,
            MaterialKey = f.Key,
            OriginalName = f.FileName,
            ContentType = f.Type.ContentType,
            Size = f.Content.LongLength,
            Sha256 = f.Sha256,
            StoredName = names[i],
            UploadedBy = userId,
            UploadedAt = now,
        }).ToList();
        await using (var context = contexts())
        {
            context.MaterialFiles.AddRange(records);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        // The audit log every state change lands in: who uploaded what, with the digest that identifies the bytes.
        await using (var log = runtimeContexts())
        {
            log.Audit.Add(new AuditRecord
            {
                InstanceId = caseId,
                Actor = userId,
                Action = "material.upload",
                At = Instant.FromUnixTimeTicks(now),
                Detail = string.Join("; ", records.Select(r => $"{r.MaterialKey} #{r.Id} {r.OriginalName} sha256:{r.Sha256}")),
            });
            await log.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return records;
    }
}
