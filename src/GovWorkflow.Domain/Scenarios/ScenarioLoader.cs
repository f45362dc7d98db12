using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Domain.Scenarios;

/// <summary>Loads a scenario file; the format is in <c>samples/README.md</c>. Every problem is reported with file, line and field.</summary>
public static class ScenarioLoader
{
    private static readonly LocalTime DefaultTime = new(10, 0);

    /// <summary>Loads <paramref name="file"/>.</summary>
    public static (Scenario? Scenario, IReadOnlyList<DomainError> Errors) Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var errors = new List<DomainError>();
        var text = YamlDocuments.ReadFile(file, errors);
        var top = text is null ? null : YamlDocuments.Open(text, file, errors);
        if (top is null)
        {
            return (null, errors);
        }

        var name = top.ReadText("name");
        var caseId = top.ReadText("case");
        var startText = top.ReadText("start");
        var applicant = top.ReadMapping("applicant", required: true);
        var applicantId = applicant?.ReadText("id");
        var applicantName = applicant?.ReadText("name");
        applicant?.RejectUnknownFields();
        if (applicantId is not null && applicantName is not null && !Applicant.TryCreate(applicantId, applicantName, out _, out var applicantError))
        {
            errors.Add(applicantError with { Location = applicant!.LocationOf("id") });
        }

        var submitted = top.ReadTextList("submitted", required: false) ?? [];
        var variables = top.ReadValues("variables") ?? [];
        var stepEntries = top.ReadList("steps", required: true) ?? [];
        top.RejectUnknownFields();

        LocalDateTime? start = null;
        if (startText is not null)
        {
            var parsed = LocalDateTimePattern.GeneralIso.Parse(startText.Length == 16 ? startText + ":00" : startText);
            if (parsed.Success)
            {
                start = parsed.Value;
            }
            else
            {
                errors.Add(new DomainError("scenario.start-invalid", $"开始时间 {startText} 无效：格式为 2026-03-02T09:30（北京时间）。", $"Start {startText} is not yyyy-MM-ddTHH:mm.", top.LocationOf("start")));
            }
        }

        var steps = stepEntries.Select((entry, index) => ReadStep(entry, index, errors)).OfType<ScenarioStep>().ToList();
        return errors.Count > 0 || name is null || caseId is null || start is null || applicantId is null || applicantName is null
            ? (null, errors)
            : (new Scenario(file, name, caseId, start.Value, applicantId, applicantName, submitted, variables, steps), []);
    }

    private static ScenarioStep? ReadStep(YamlObject entry, int index, List<DomainError> errors)
    {
        var before = errors.Count;
        var after = ReadDelay(entry, errors);
        var atText = entry.ReadText("at", required: false);
        var user = entry.ReadText("user", required: false);
        var complete = entry.ReadText("complete", required: false);
        var message = entry.ReadText("message", required: false);
        var department = entry.ReadText("department", required: false);
        var set = entry.ReadValues("set") ?? [];
        var materials = entry.ReadTextList("materials", required: false) ?? [];
        var defects = (entry.ReadValues("defects") ?? []).Select(d => new KeyValuePair<string, string>(d.Key, d.Value?.ToString() ?? "不符合要求")).ToList();
        var note = entry.ReadText("note", required: false);
        entry.RejectUnknownFields();

        var at = DefaultTime;
        if (atText is not null)
        {
            var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(atText);
            if (parsed.Success)
            {
                at = parsed.Value;
            }
            else
            {
                errors.Add(new DomainError("scenario.time-invalid", $"时间 {atText} 无效：格式为 HH:mm，例如 09:30。", $"Time {atText} is not HH:mm.", entry.LocationOf("at")));
            }
        }

        if (complete is not null && message is not null)
        {
            errors.Add(new DomainError("scenario.step-ambiguous", "一步只能做一件事：complete 与 message 只能写一个。", "A step either completes a task or sends a message.", entry.LocationOf("message")));
        }

        if ((complete is not null || message is not null) && user is null)
        {
            errors.Add(new DomainError("scenario.user-missing", "请用 user 写明由谁办理这一步。", "The step needs a user.", entry.LocationOf("user")));
        }

        var kind = complete is not null ? StepKind.Complete : message is not null ? StepKind.Message : StepKind.Wait;
        var line = entry.LocationOf("after").Line ?? 0;
        return errors.Count > before
            ? null
            : new ScenarioStep(index, line, after, at, kind, complete ?? message, user, department, set, materials, defects, note);
    }

    private static StepDelay ReadDelay(YamlObject entry, List<DomainError> errors)
    {
        var value = entry.ReadValue("after", required: false);
        switch (value)
        {
            case null:
                return StepDelay.Fixed(0);
            case long days when days is >= 0 and <= 1000:
                return StepDelay.Fixed((int)days);
            case IReadOnlyDictionary<string, object?> range when Distribution(range) is { } distribution:
                return distribution;
            default:
                errors.Add(new DomainError("scenario.after-invalid", "after 应为工作日数（如 2），或分布 { min: 1, mode: 2, max: 4 }（min ≤ mode ≤ max）。", "after is a number of working days or { min, mode, max }.", entry.LocationOf("after")));
                return StepDelay.Fixed(0);
        }
    }

    // { min, mode, max } with 0 <= min <= mode <= max <= 1000; mode defaults to the middle. A misspelt or
    // out-of-range mode is refused rather than replaced, so the simulation runs what the file says.
    private static StepDelay? Distribution(IReadOnlyDictionary<string, object?> range)
    {
        if (range.Keys.Any(k => k is not ("min" or "mode" or "max"))
            || !range.TryGetValue("min", out var min) || min is not long low
            || !range.TryGetValue("max", out var max) || max is not long high
            || low < 0 || low > high || high > 1000)
        {
            return null;
        }

        if (!range.TryGetValue("mode", out var mode))
        {
            return new StepDelay((int)low, (int)((low + high) / 2), (int)high);
        }

        return mode is long likely && likely >= low && likely <= high ? new StepDelay((int)low, (int)likely, (int)high) : null;
    }
}
