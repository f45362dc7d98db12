using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>Loads the item catalog from YAML files: <c>departments:</c> and <c>items:</c> lists, in any number of files.</summary>
/// <remarks>
/// <para>
/// Any problem anywhere refuses the whole catalog and every problem is reported, each with file, line,
/// column and field path (<c>items[2].deadline.promisedLimit</c>): a catalog missing one item or one
/// department would make cases fail later, far from the cause, and fixing a file one error per run is slow.
/// </para>
/// <para>
/// Files are read in ordinal order of their names, so the catalog, its order and its errors are the same on
/// every machine. The format is documented in <c>samples/catalog/README.md</c>.
/// </para>
/// </remarks>
public static class ItemCatalogLoader
{
    /// <summary>Loads every <c>*.yaml</c> and <c>*.yml</c> file directly in <paramref name="directory"/>, sorted by file name.</summary>
    /// <param name="directory">The folder; paths in errors are built from it as given.</param>
    public static ItemCatalogLoadResult LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return new ItemCatalogLoadResult(null, [CatalogErrors.DirectoryMissing(directory)]);
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(IsCatalogFile)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ToList();
        return files.Count == 0
            ? new ItemCatalogLoadResult(null, [CatalogErrors.NoFiles(directory)])
            : Load(files.Select(f => (f, (Func<TextReader>)(() => File.OpenText(f)))), directory);
    }

    /// <summary>Loads the given files in the given order.</summary>
    /// <param name="paths">The files; each is read as UTF-8 (a byte order mark is honoured).</param>
    public static ItemCatalogLoadResult LoadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.ToList();
        return Load(files.Select(f => (f, (Func<TextReader>)(() => File.OpenText(f)))), string.Join(", ", files));
    }

    /// <summary>Loads a catalog held in one string, e.g. in tests or from an upload.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fileName">The name shown in errors.</param>
    public static ItemCatalogLoadResult LoadFromText(string yaml, string fileName = "catalog.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        return Load([(fileName, () => new StringReader(yaml))], fileName);
    }

    private static ItemCatalogLoadResult Load(IEnumerable<(string Name, Func<TextReader> Open)> sources, string where)
    {
        var errors = new List<DomainError>();
        var departments = new List<DepartmentEntry>();
        var items = new List<ItemEntry>();
        var allRead = true;
        foreach (var (name, open) in sources)
        {
            allRead &= ReadOne(name, open, departments, items, errors);
        }

        // A department whose code could not be read, or a file that could not be parsed, may hold the
        // definition an item refers to: reporting "unknown department" then would only mislead.
        var referencesComplete = allRead && departments.TrueForAll(d => d.Code is not null);
        if (errors.Count == 0 && items.Count == 0)
        {
            errors.Add(CatalogErrors.NoItems(where));
        }

        return CatalogAssembler.Assemble(departments, items, referencesComplete, errors);
    }

    private static bool ReadOne(string name, Func<TextReader> open, List<DepartmentEntry> departments, List<ItemEntry> items, List<DomainError> errors)
    {
        try
        {
            using var reader = open();
            return CatalogFileReader.Read(reader, name, departments, items, errors);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(CatalogErrors.FileUnreadable(name, ex.Message));
            return false;
        }
    }

    private static bool IsCatalogFile(string path)
    {
        var extension = Path.GetExtension(path);
        return string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase);
    }
}
