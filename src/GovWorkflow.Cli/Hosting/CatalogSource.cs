using System.CommandLine;
using GovWorkflow.Domain.Catalog;

namespace GovWorkflow.Cli.Hosting;

/// <summary>The <c>--catalog DIR</c> option and the loading it drives.</summary>
internal sealed class CatalogSource
{
    /// <summary>The sample catalog, relative to the working folder (the repository root for a newcomer).</summary>
    public const string DefaultFolder = "samples/catalog";

    public Option<string> Catalog { get; } = new("--catalog")
    {
        Description = $"事项目录所在文件夹（YAML），默认 {DefaultFolder}",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultFolder,
    };

    public void AddTo(Command command) => command.Add(Catalog);

    public ItemCatalogLoadResult Load(ParseResult parse, CliContext context) =>
        ItemCatalogLoader.LoadDirectory(context.Resolve(parse.GetValue(Catalog) ?? DefaultFolder));
}
