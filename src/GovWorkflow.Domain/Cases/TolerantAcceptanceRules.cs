using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Cases;

/// <summary>When 容缺受理 is allowed, and until when the missing materials are due.</summary>
public static class TolerantAcceptanceRules
{
    /// <summary>The longest period an applicant may promise, in working days, unless the bundle sets a shorter one.</summary>
    public static readonly WorkingDays DefaultMaximumPeriod = new(20);

    /// <summary>Checks that the case may be accepted under 容缺; returns every reason it may not.</summary>
    /// <param name="items">The items of the case.</param>
    /// <param name="materials">The case's materials.</param>
    /// <param name="badCredit">Whether the applicant has a bad-credit record (失信): they are refused 容缺.</param>
    public static IReadOnlyList<DomainError> Check(IEnumerable<ServiceItem> items, IEnumerable<CaseMaterial> materials, bool badCredit)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(materials);
        var byCode = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var errors = new List<DomainError>();
        if (badCredit)
        {
            errors.Add(new DomainError("case.tolerant-bad-credit", "申请人有失信记录，不适用容缺受理：请补齐材料后受理。", "The applicant has a bad-credit record; 容缺 is refused."));
        }

        var lacking = materials.Where(m => m.IsLacking).ToList();
        if (lacking.Count == 0)
        {
            errors.Add(new DomainError("case.tolerant-nothing-missing", "材料齐全，无需容缺受理：请直接受理。", "Nothing is missing; accept the case normally."));
        }

        foreach (var material in lacking)
        {
            var where = new SourceLocation(Field: material.Key);
            if (material.Importance == MaterialImportance.Primary)
            {
                errors.Add(new DomainError("case.tolerant-primary-missing", $"主要材料“{material.Name}”（{material.Key}）未提交或不符合要求，不能容缺受理。", $"Primary material {material.Key} is lacking.", where));
            }
            else if (!material.Tolerable || material.State == MaterialState.Defective)
            {
                errors.Add(new DomainError("case.tolerant-not-tolerable", $"材料“{material.Name}”（{material.Key}）不在容缺清单内，不能容缺受理。", $"Material {material.Key} is not tolerable.", where));
            }
            else if (byCode.TryGetValue(material.ItemCode, out var item) && !item.TolerantAcceptanceAllowed)
            {
                errors.Add(new DomainError("case.tolerant-not-allowed", $"事项“{item.Name}”不实行容缺受理，材料“{material.Name}”必须补齐。", $"Item {item.Code} does not allow 容缺.", where));
            }
        }

        return errors;
    }
}
