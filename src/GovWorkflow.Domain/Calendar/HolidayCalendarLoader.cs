using System.Globalization;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Calendar;

/// <summary>Builds the <see cref="BusinessCalendar"/> from the built-in years and the configured holiday folders.</summary>
/// <remarks>
/// The built-in years (2024–2026, from the State Council notices) ship inside the assembly so that the
/// product works with no set-up. A folder file <c>YYYY.json</c> adds a year, or replaces a built-in one, with
/// no code change. Any problem in any file refuses the whole calendar: a half-loaded calendar would
/// compute wrong deadlines without saying so.
/// </remarks>
public static class HolidayCalendarLoader
{
    private const string ResourcePrefix = "GovWorkflow.Domain.Calendar.Holidays.";

    /// <summary>Loads the built-in years plus every folder in <paramref name="options"/>.</summary>
    public static BusinessCalendarResult Load(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<DomainError>(options.Validate());
        if (errors.Count > 0)
        {
            return new BusinessCalendarResult(null, errors);
        }

        var years = new Dictionary<int, HolidayYear>();
        foreach (var builtIn in LoadBuiltIn(errors))
        {
            years[builtIn.Year] = builtIn;
        }

        var fromFolders = new Dictionary<int, HolidayYear>();
        foreach (var directory in options.HolidayDirectories)
        {
            foreach (var year in LoadDirectory(directory, errors))
            {
                if (fromFolders.TryGetValue(year.Year, out var other))
                {
                    errors.Add(new DomainError(
                        "calendar.duplicate-year",
                        $"{year.Year} 年有两份节假日文件：{other.Source} 与 {year.Source}。请只保留一份。",
                        $"Two holiday files for {year.Year}: {other.Source} and {year.Source}.",
                        new SourceLocation(year.Source)));
                    continue;
                }

                fromFolders.Add(year.Year, year);
                years[year.Year] = year;
            }
        }

        return errors.Count > 0
            ? new BusinessCalendarResult(null, errors)
            : BusinessCalendar.Create(years.Values, options.MissingYearPolicy);
    }

    /// <summary>Loads only the years built into the product.</summary>
    public static BusinessCalendar LoadBuiltIn()
    {
        var result = Load(new CalendarOptions());
        return result.Calendar ?? throw new DomainException(result.Errors);
    }

    private static List<HolidayYear> LoadBuiltIn(List<DomainError> errors)
    {
        var assembly = typeof(HolidayCalendarLoader).Assembly;
        var years = new List<HolidayYear>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var fileName = name[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var result = HolidayFileParser.Parse(buffer.ToArray(), "built-in:" + fileName, YearFromFileName(fileName));
            errors.AddRange(result.Errors);
            if (result.Year is not null)
            {
                years.Add(result.Year);
            }
        }

        return years;
    }

    private static List<HolidayYear> LoadDirectory(string directory, List<DomainError> errors)
    {
        var years = new List<HolidayYear>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new DomainError(
                "calendar.directory-missing",
                $"节假日数据目录不存在：{directory}。请检查路径，或先创建该目录并放入 YYYY.json 文件。",
                $"Holiday folder not found: {directory}.",
                new SourceLocation(directory)));
            return years;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (YearFromFileName(fileName) is not { } expectedYear)
            {
                errors.Add(new DomainError(
                    "calendar.file-name",
                    $"节假日文件名 {fileName} 无效：应以年份命名，例如 2027.json，否则其中的日期不会被使用。",
                    $"Holiday file name {fileName} is invalid: name it after its year, e.g. 2027.json.",
                    new SourceLocation(path)));
                continue;
            }

            var result = HolidayFileParser.Parse(File.ReadAllBytes(path), path, expectedYear);
            errors.AddRange(result.Errors);
            if (result.Year is not null)
            {
                years.Add(result.Year);
            }
        }

        return years;
    }

    private static int? YearFromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return stem.Length == 4 && stem.All(char.IsAsciiDigit) ? int.Parse(stem, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }
}
