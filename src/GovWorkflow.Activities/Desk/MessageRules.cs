using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.People;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Desk;

/// <summary>Who may send which message to a case, and what it must carry.</summary>
/// <remarks>
/// Materials come from the applicant or through the window. Extension requests and clock suspensions come from the
/// staff of a department that handles one of the bundle's items: stopping the statutory clock is not the applicant's
/// to do.
/// </remarks>
internal static class MessageRules
{
    public static DeskResult? Refusal(string message, Person person, CaseFile file, ServiceBundle bundle, IReadOnlyDictionary<string, FeelValue> variables, IReadOnlyList<string> materials)
    {
        var applicantOrClerk = person.HasRole("clerk") || (person.HasRole("applicant") && person.IdNumber == file.Applicant.IdNumber);
        var handlingStaff = (person.HasRole("approver") || person.HasRole("approver-head"))
            && person.Department is { } department && bundle.Items.Any(i => i.Item.DepartmentCode == department);
        switch (message)
        {
            case "materials-corrected" or "materials-supplied" when !applicantOrClerk:
            case "extension-requested" or "suspend" or "resume" when !handlingStaff:
                return DeskResult.Refused("desk.not-allowed", $"用户 {person.Id} 不能向办件 {file.Id} 发送“{message}”。", $"{person.Id} may not send {message}.");
        }

        var unknown = MaterialIntake.Unknown(file.Materials, materials);
        if (unknown.Count > 0)
        {
            return DeskResult.Refused("desk.material-unknown", $"材料 {string.Join("、", unknown)} 不是本件所需材料：请按“事项编码/材料编码”填写。", $"Unknown materials {string.Join(", ", unknown)}.");
        }

        if (message == "materials-supplied" && file.Tolerant is { } tolerant)
        {
            var still = tolerant.MaterialKeys.Where(k => file.Materials.Any(m => m.Key == k && m.IsLacking) && !materials.Contains(k, StringComparer.Ordinal)).ToList();
            if (still.Count > 0)
            {
                return DeskResult.Refused("desk.supply-incomplete", $"容缺材料须一次补齐，还缺：{string.Join("、", still)}。请补齐后一并提交。", "Supply every promised material at once.");
            }
        }

        if (message == "suspend" && variables.TryGetValue("suspensionReason", out var reason)
            && (reason.Kind != FeelValueKind.String || !SuspensionReasonNames.TryParse(reason.AsString, out _)))
        {
            return DeskResult.Refused("desk.suspension-reason-unknown", $"暂停计时的事由应为 {string.Join("、", SuspensionReasonNames.Labels)} 之一（行政许可法第四十五条）。", "Unknown suspension reason.");
        }

        return null;
    }
}
