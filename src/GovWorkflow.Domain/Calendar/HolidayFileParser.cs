using System.Globalization;
using System.Text.Json;
using GovWorkflow.Domain.Errors;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Domain.Calendar;

/// <summary>Reads one holiday file in the holiday-cn format (<c>year</c>, <c>papers</c>, <c>days[{name,date,isOffDay}]</c>).</summary>
/// <remarks>
/// Every problem is returned, each with the file, the entry index and, where the JSON gives it, the line:
/// a calendar that silently skipped a bad entry would move every deadline computed from it.
/// Properties outside the format (<c>$schema</c>, <c>$id</c>) are ignored.
/// </remarks>
public static class HolidayFileParser
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Parses the file content; <paramref name="source"/> names the file in errors.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="source">The path or name shown in errors and kept in <see cref="HolidayYear.Source"/>.</param>
    /// <param name="expectedYear">The year the file name promises (<c>2027.json</c>), or null when unknown.</param>
    public static HolidayYearResult Parse(ReadOnlySpan<byte> utf8Json, string source, int? expectedYear = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            return Failed(Error(
                "calendar.json-syntax",
                $"节假日文件不是有效的 JSON：{ex.Message}。请修正该行后重试。",
                $"The holiday file is not valid JSON: {ex.Message}",
                new SourceLocation(source, (int?)(ex.LineNumber + 1), (int?)(ex.BytePositionInLine + 1))));
        }

        using (document)
        {
            var entryLines = EntryLines(utf8Json);
            return ParseDocument(document.RootElement, source, expectedYear, entryLines);
        }
    }

    private static HolidayYearResult ParseDocument(JsonElement root, string source, int? expectedYear, List<int> entryLines)
    {
        var errors = new List<DomainError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed(Error("calendar.file-shape", "节假日文件的顶层应为 JSON 对象，包含 year、papers 与 days。", "The top level must be an object with year, papers and days.", new SourceLocation(source)));
        }

        int year = 0;
        if (!root.TryGetProperty("year", out var yearElement) || yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out year) || year < BusinessCalendar.MinYear || year > BusinessCalendar.MaxYear)
        {
            errors.Add(Error("calendar.year-field", $"缺少有效的 year 字段：应为 {BusinessCalendar.MinYear} 至 {BusinessCalendar.MaxYear} 之间的整数年份，例如 \"year\": 2027。", $"Missing or invalid year: give an integer between {BusinessCalendar.MinYear} and {BusinessCalendar.MaxYear}.", new SourceLocation(source, Field: "year")));
        }
        else if (expectedYear is { } fromName && fromName != year)
        {
            errors.Add(Error("calendar.year-mismatch", $"文件名表示 {fromName} 年，但 year 字段为 {year}：请使文件名与 year 一致。", $"The file name says {fromName} but the year field says {year}.", new SourceLocation(source, Field: "year")));
        }

        var papers = new List<string>();
        if (root.TryGetProperty("papers", out var papersElement))
        {
            if (papersElement.ValueKind != JsonValueKind.Array || papersElement.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))
            {
                errors.Add(Error("calendar.file-shape", "papers 字段应为字符串数组（放假通知的网址）。", "papers must be an array of strings (the notices' addresses).", new SourceLocation(source, Field: "papers")));
            }
            else
            {
                papers.AddRange(papersElement.EnumerateArray().Select(p => p.GetString()!));
            }
        }

        if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
        {
            errors.Add(Error("calendar.file-shape", "缺少 days 数组：每项形如 {\"name\": \"春节\", \"date\": \"2027-02-06\", \"isOffDay\": true}。", "Missing days array.", new SourceLocation(source, Field: "days")));
            return Failed(errors);
        }

        var entries = new List<HolidayEntry>();
        var firstIndexOfDate = new Dictionary<LocalDate, int>();
        var index = 0;
        foreach (var day in daysElement.EnumerateArray())
        {
            var line = index < entryLines.Count ? entryLines[index] : (int?)null;
            var entry = ParseEntry(day, year, source, index, line, errors);
            if (entry is not null)
            {
                if (firstIndexOfDate.TryGetValue(entry.Date, out var first))
                {
                    errors.Add(Error("calendar.duplicate-date", $"日期 {Format(entry.Date)} 重复：已在第 {first} 项出现。每个日期只能出现一次，请删除其中一项。", $"Date {Format(entry.Date)} is duplicated: it already appears at entry {first}.", new SourceLocation(source, line, EntryIndex: index, Field: "date")));
                }
                else
                {
                    firstIndexOfDate.Add(entry.Date, index);
                    entries.Add(entry);
                }
            }

            index++;
        }

        return errors.Count > 0 ? Failed(errors) : new HolidayYearResult(new HolidayYear(year, papers, entries, source), []);
    }

    private static HolidayEntry? ParseEntry(JsonElement day, int year, string source, int index, int? line, List<DomainError> errors)
    {
        SourceLocation At(string field) => new(source, line, EntryIndex: index, Field: field);

        if (day.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Error("calendar.file-shape", "days 中的每一项应为对象：{\"name\", \"date\", \"isOffDay\"}。", "Each days entry must be an object.", At("days")));
            return null;
        }

        var ok = true;
        string? name = null;
        if (!day.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name = nameElement.GetString()))
        {
            errors.Add(Error("calendar.name-missing", "缺少节日名称 name（例如 \"春节\"）。", "Missing holiday name.", At("name")));
            ok = false;
        }

        var isOffDay = false;
        if (!day.TryGetProperty("isOffDay", out var offElement) || (offElement.ValueKind != JsonValueKind.True && offElement.ValueKind != JsonValueKind.False))
        {
            errors.Add(Error("calendar.is-off-day-missing", "缺少 isOffDay 或其值不是 true/false：放假为 true，调休上班为 false。", "isOffDay must be true (day off) or false (make-up working day).", At("isOffDay")));
            ok = false;
        }
        else
        {
            isOffDay = offElement.GetBoolean();
        }

        if (!day.TryGetProperty("date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String)
        {
            errors.Add(Error("calendar.malformed-date", "缺少日期 date：应为 yyyy-MM-dd 格式的字符串，例如 \"2027-02-06\"。", "Missing date: give a yyyy-MM-dd string.", At("date")));
            return null;
        }

        var text = dateElement.GetString()!;
        var parsed = DatePattern.Parse(text);
        if (!parsed.Success)
        {
            errors.Add(Error("calendar.malformed-date", $"日期 \"{text}\" 格式错误或不存在：应为 yyyy-MM-dd 格式的真实日期，例如 \"2027-02-06\"。", $"Date \"{text}\" is malformed or does not exist: use yyyy-MM-dd.", At("date")));
            return null;
        }

        var date = parsed.Value;
        var spillOver = date.Year == year - 1 && date.Month == 12;
        if (year != 0 && date.Year != year && !spillOver)
        {
            errors.Add(Error("calendar.date-outside-year", $"日期 {text} 不属于 {year} 年：{year}.json 只能包含 {year} 年的日期，以及上一年 12 月跨年的元旦假期。", $"Date {text} is outside {year}: only dates of {year} and the December spill-over of {year - 1} are allowed.", At("date")));
            ok = false;
        }

        if (!isOffDay && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && ok)
        {
            errors.Add(Error("calendar.make-up-day-on-weekday", $"{text} 是{WeekdayName(date.DayOfWeek)}，本来就是工作日，不能作为调休上班日（isOffDay: false）：请核对放假通知。", $"{text} is a weekday and cannot be a make-up working day.", At("isOffDay")));
            ok = false;
        }

        return ok ? new HolidayEntry(date, name!, isOffDay) : null;
    }

    /// <summary>Line numbers of the objects in the <c>days</c> array, found by a cheap token scan.</summary>
    private static List<int> EntryLines(ReadOnlySpan<byte> utf8Json)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(utf8Json);
        var inDays = false;
        var lineStart = 0;
        var line = 1;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inDays = reader.ValueTextEquals("days"u8);
            }
            else if (inDays && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                var offset = (int)reader.TokenStartIndex;
                line += utf8Json[lineStart..offset].Count((byte)'\n');
                lineStart = offset;
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string WeekdayName(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "星期一",
        IsoDayOfWeek.Tuesday => "星期二",
        IsoDayOfWeek.Wednesday => "星期三",
        IsoDayOfWeek.Thursday => "星期四",
        IsoDayOfWeek.Friday => "星期五",
        IsoDayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    private static string Format(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DomainError Error(string code, string message, string englishMessage, SourceLocation location) =>
        new(code, message, englishMessage, location);

    private static HolidayYearResult Failed(DomainError error) => new(null, [error]);

    private static HolidayYearResult Failed(IReadOnlyList<DomainError> errors) => new(null, errors);
}
