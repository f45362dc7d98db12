using System.Globalization;
using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>Rules for tasks, call activities, sub-processes and their loop settings.</summary>
internal sealed class ActivityRules
{
    private static readonly string[] AssignmentAttributes =
        [GovNames.Assignee, GovNames.CandidateUsers, GovNames.CandidateGroups, GovNames.CandidateDepartments];

    private readonly ValidationSink _sink;
    private readonly ExpressionRules _expressions;

    public ActivityRules(ValidationSink sink, ExpressionRules expressions)
    {
        _sink = sink;
        _expressions = expressions;
    }

    public void Check(Activity activity)
    {
        CheckKind(activity);
        CheckLoop(activity);
        CheckGovSettings(activity, _sink);
    }

    /// <summary>Checks <c>gov:warnAt</c> and <c>gov:materialPolicy</c> on an activity or a process.</summary>
    public static void CheckGovSettings(BpmnElement element, ValidationSink sink)
    {
        if (element.GetGovAttribute(GovNames.MaterialPolicy) is { } policy && policy.Trim() is not ("strict" or "tolerant" or "commitment"))
        {
            sink.Report(BpmnProblemCodes.GovAttributeInvalid, $"gov:materialPolicy“{policy}”无效：应为 strict（材料齐全才受理）、tolerant（容缺受理）或 commitment（告知承诺）。", element);
        }

        if (element.GetGovAttribute(GovNames.WarnAt) is { } warnAt && !IsWarnAt(warnAt))
        {
            sink.Report(BpmnProblemCodes.GovAttributeInvalid, $"gov:warnAt“{warnAt}”无效：应为 0 与 1 之间、逐个递增的小数，用逗号分隔，例如 0.5,0.8（时限用去 50% 蓝色预警、80% 黄色预警）。", element);
        }
    }

    private static bool IsWarnAt(string text)
    {
        var previous = 0m;
        foreach (var part in text.Split(','))
        {
            if (!decimal.TryParse(part.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= previous || value >= 1m)
            {
                return false;
            }

            previous = value;
        }

        return true;
    }

    private void CheckKind(Activity activity)
    {
        switch (activity)
        {
            case ScriptTask:
                Unsupported(activity, "脚本任务（scriptTask）不受支持，引擎不运行脚本：请改为 serviceTask 并用 gov:activity 指定自定义活动。");
                break;
            case SendTask send when string.IsNullOrWhiteSpace(send.GovActivity):
                Unsupported(activity, "发送任务（sendTask）只有设置 gov:activity（发送消息的自定义活动）才能执行：请设置 gov:activity。");
                break;
            case ServiceTask service when string.IsNullOrWhiteSpace(service.GovActivity):
            case BusinessRuleTask rule when string.IsNullOrWhiteSpace(rule.GovActivity):
                _sink.Report(BpmnProblemCodes.ActivityMissing, $"{activity.ElementName} 缺少 gov:activity：请填写要执行的自定义活动类型名，例如 gov:activity=\"CheckMaterials\"。", activity);
                break;
            case ReceiveTask receive when (receive.Message is null && receive.MessageRef is null) || (receive.Message is not null && string.IsNullOrWhiteSpace(receive.Message.Name)):
                _sink.Report(BpmnProblemCodes.MessageMissing, "接收任务需要引用一个有名称的消息：请在 definitions 下定义 message 并填写 name。", activity);
                break;
            case CallActivity call:
                CheckCall(call);
                break;
            case UserTask user:
                foreach (var name in AssignmentAttributes)
                {
                    _expressions.CheckLiteralOrFeel(user.GetGovAttribute(name), user, "gov:" + name);
                }

                break;
            case Transaction:
                Unsupported(activity, "事务子流程（transaction）不受支持（没有补偿与取消）：请改为普通子流程，并用错误边界事件处理失败。");
                break;
            case AdHocSubProcess:
                Unsupported(activity, "自由子流程（adHocSubProcess）不受支持：请用并行网关或多实例任务建模。");
                break;
            default:
                break;
        }
    }

    private void CheckCall(CallActivity call)
    {
        if (call.CalledElement is null)
        {
            _sink.Report(BpmnProblemCodes.CalledElementMissing, "调用活动缺少 calledElement：请填写被调用流程的 id。", call);
        }

        foreach (var mapping in call.Inputs.Concat(call.Outputs))
        {
            if (string.IsNullOrWhiteSpace(mapping.Source) || string.IsNullOrWhiteSpace(mapping.Target))
            {
                _sink.Report(BpmnProblemCodes.MappingInvalid, "gov:in / gov:out 需要 source（FEEL 表达式）与 target（变量名），例如 <gov:in source=\"=applicant\" target=\"applicant\"/>。", mapping.Line, mapping.Column, call.Id);
            }
            else
            {
                _expressions.Check(mapping.Source, call, "gov:in/gov:out 的 source");
            }
        }
    }

    private void CheckLoop(Activity activity)
    {
        switch (activity.LoopCharacteristics)
        {
            case StandardLoopCharacteristics:
                _sink.Report(BpmnProblemCodes.UnsupportedLoop, "标准循环（standardLoopCharacteristics）不受支持：请用排他网关连回前面的节点，或改用多实例。", activity);
                break;
            case MultiInstanceLoopCharacteristics multi:
                if (multi.LoopCardinality is null && multi.Collection is null)
                {
                    _sink.Report(BpmnProblemCodes.MultiInstanceIncomplete, "多实例活动既没有 loopCardinality 也没有 gov:collection：请给出实例数，或用 gov:collection 指定逐项处理的集合（例如 =departments）。", activity);
                }
                else if (multi.Collection is not null && string.IsNullOrWhiteSpace(multi.ElementVariable))
                {
                    _sink.Report(BpmnProblemCodes.MultiInstanceIncomplete, "多实例活动有 gov:collection 但没有 gov:elementVariable：请指定存放当前项的变量名，例如 gov:elementVariable=\"department\"。", activity);
                }

                _expressions.Check(multi.LoopCardinality, activity, "loopCardinality");
                _expressions.Check(multi.Collection, activity, "gov:collection");
                _expressions.Check(multi.CompletionCondition, activity, "completionCondition");
                break;
            default:
                break;
        }
    }

    private void Unsupported(Activity activity, string message) =>
        _sink.Report(BpmnProblemCodes.UnsupportedElement, message, activity);
}
