using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>A timer needs exactly one of duration, date, cycle or working days, each in valid syntax.</summary>
internal sealed class TimerRules
{
    private readonly ValidationSink _sink;
    private readonly ExpressionRules _expressions;

    public TimerRules(ValidationSink sink, ExpressionRules expressions)
    {
        _sink = sink;
        _expressions = expressions;
    }

    public void Check(EventNode node, TimerEventDefinition timer)
    {
        var given = new List<(string Kind, string Text)>(1);
        Add(given, "timeDuration", timer.TimeDuration);
        Add(given, "timeDate", timer.TimeDate);
        Add(given, "timeCycle", timer.TimeCycle);
        Add(given, "gov:workingDays", timer.WorkingDays);
        if (given.Count == 0)
        {
            _sink.Report(BpmnProblemCodes.TimerExpressionMissing, "定时器没有时间设置：请填写 gov:workingDays（工作日，例如 20）、timeDuration（例如 P3D、PT10M）、timeDate（例如 2026-03-02T09:00:00+08:00）或 timeCycle（例如 R3/PT10M）之一。", node);
            return;
        }

        if (given.Count > 1)
        {
            _sink.Report(BpmnProblemCodes.TimerExpressionMultiple, $"定时器同时设置了 {string.Join("、", given.Select(g => g.Kind))}：只能保留一个。", node);
        }

        foreach (var (kind, text) in given)
        {
            CheckOne(node, kind, text);
        }

        if (timer.GetGovAttribute(GovNames.From) is { } from)
        {
            if (timer.WorkingDays is null)
            {
                _sink.Report(BpmnProblemCodes.GovAttributeInvalid, "gov:from 只能与 gov:workingDays 一起使用：它指定工作日从哪一天起算。", node);
            }
            else if (!ExpressionRules.IsFeel(from))
            {
                _sink.Report(BpmnProblemCodes.GovAttributeInvalid, $"gov:from“{from}”应为以 = 开头的 FEEL 表达式，结果为日期，例如 =acceptedOn。", node);
            }
            else
            {
                _expressions.Check(from, node, "gov:from");
            }
        }
    }

    private static void Add(List<(string Kind, string Text)> given, string kind, string? text)
    {
        if (text is not null)
        {
            given.Add((kind, text));
        }
    }

    private void CheckOne(EventNode node, string kind, string text)
    {
        if (ExpressionRules.IsFeel(text) || ExpressionRules.IsJuel(text))
        {
            _expressions.Check(text, node, kind);
            return;
        }

        var value = text.Trim();
        var (ok, code, example) = kind switch
        {
            "timeDuration" => (TimerSyntax.IsDuration(value), BpmnProblemCodes.TimerDurationInvalid, "ISO 8601 时长，例如 PT10M、P3D、P1DT2H"),
            "timeDate" => (TimerSyntax.IsDate(value), BpmnProblemCodes.TimerDateInvalid, "带时区偏移的 ISO 8601 时间，例如 2026-03-02T09:00:00+08:00"),
            "timeCycle" => (TimerSyntax.IsCycle(value), BpmnProblemCodes.TimerCycleInvalid, "ISO 8601 重复周期，例如 R3/PT10M、R/P1D"),
            _ => (TimerSyntax.IsWorkingDays(value), BpmnProblemCodes.WorkingDaysInvalid, "非负整数（工作日数，例如 20），或以 = 开头的 FEEL 表达式"),
        };
        if (!ok)
        {
            _sink.Report(code, $"{kind}“{value}”格式错误：应为{example}。", node);
        }
    }
}
