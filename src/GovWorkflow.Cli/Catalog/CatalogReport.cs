using System.Globalization;
using GovWorkflow.Cli.Hosting;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Cli.Catalog;

/// <summary>Writes catalog items for people, in Chinese.</summary>
internal static class CatalogReport
{
    public static void WriteList(TextWriter output, ItemCatalog catalog, IReadOnlyList<ServiceItem> items)
    {
        output.WriteLine("编码\t名称\t实施部门\t办件类型\t法定时限\t承诺时限\t容缺受理\t告知承诺");
        foreach (var item in items)
        {
            var policy = item.Deadline;
            output.WriteLine(string.Join(
                '\t',
                item.Code,
                item.Name,
                DepartmentName(catalog, item.DepartmentCode),
                Kind(policy),
                TextFormat.Days(policy.StatutoryLimit),
                TextFormat.Days(policy.PromisedLimit),
                YesNo(item.TolerantAcceptanceAllowed),
                YesNo(item.CommitmentApprovalAllowed)));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"共 {items.Count} 个事项"));
    }

    public static void WriteItem(TextWriter output, ItemCatalog catalog, ServiceItem item)
    {
        var policy = item.Deadline;
        output.WriteLine($"事项：{item.Name}（{item.Code}）");
        output.WriteLine($"实施部门：{DepartmentName(catalog, item.DepartmentCode)}（{item.DepartmentCode}）");
        output.WriteLine($"设定依据：{item.LegalBasis}");
        output.WriteLine($"办件类型：{Kind(policy)}，{(policy.Handling == HandlingMode.Joint ? "联合办理" : "单部门办理")}");
        output.WriteLine($"法定时限：{TextFormat.Days(policy.StatutoryLimit)}；承诺时限：{TextFormat.Days(policy.PromisedLimit)}");
        output.WriteLine(policy.ExtensionAllowed
            ? $"延期：经批准可延长 {TextFormat.Days(policy.ExtensionAllowance)}"
            : "延期：不得延期");
        output.WriteLine($"容缺受理：{YesNo(item.TolerantAcceptanceAllowed)}；告知承诺：{YesNo(item.CommitmentApprovalAllowed)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"申请材料（{item.Materials.Count} 项）："));
        var index = 0;
        foreach (var material in item.Materials)
        {
            index++;
            var notes = new List<string>
            {
                material.Importance == MaterialImportance.Primary ? "主要材料" : "次要材料",
                Form(material.Form) + string.Create(CultureInfo.InvariantCulture, $" {material.Count} 份"),
            };
            if (material.ToleratedWhenMissing)
            {
                notes.Add("可容缺");
            }

            if (material.ElectronicLicenseType is { } license)
            {
                notes.Add($"持有电子证照 {license} 时免提交");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {index}. {material.Name}（{material.Code}）：{string.Join('，', notes)}"));
        }
    }

    private static string DepartmentName(ItemCatalog catalog, string code) =>
        catalog.TryGetDepartment(code, out var department) ? department.Name : code;

    private static string Kind(DeadlinePolicy policy) => policy.Kind == ItemKind.Immediate ? "即办件" : "承诺件";

    private static string YesNo(bool value) => value ? "允许" : "不适用";

    private static string Form(MaterialForm form) => form switch
    {
        MaterialForm.Original => "原件",
        MaterialForm.Copy => "复印件",
        _ => "电子件",
    };
}
