using GovWorkflow.Domain.Errors;
using GovWorkflow.Runtime.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GovWorkflow.Server.Cases;

/// <summary>Registers the material uploads: options, the request size limits, the storage folder under the data folder, the upload service.</summary>
public static class MaterialSetup
{
    /// <summary>The folder under <c>Database:DataFolder</c> the files lie in.</summary>
    public const string FolderName = "materials";

    /// <summary>Adds the services; fails fast on a wrong setting.</summary>
    /// <exception cref="DomainException">A <c>Materials</c> setting is wrong; the message names it.</exception>
    public static IServiceCollection AddCaseMaterials(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        var options = configuration.GetSection(MaterialOptions.SectionName).Get<MaterialOptions>() ?? new MaterialOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new DomainException([.. problems.Select(p => new DomainError("server.options-invalid", p, p))]);
        }

        services.AddSingleton(options);
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxRequestBytes);
        services.AddSingleton(new MaterialStorage(Path.Combine(database.DataFolder, FolderName)));
        services.AddSingleton<MaterialUploads>();
        return services;
    }
}
