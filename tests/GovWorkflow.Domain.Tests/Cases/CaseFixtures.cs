using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Domain.Tests.Cases;

/// <summary>Items, materials and applicants for case tests, built in memory.</summary>
internal static class CaseFixtures
{
    /// <summary>A valid resident ID (张伟 in samples/people.yaml).</summary>
    public const string PersonId = "110101199003071233";

    /// <summary>A valid unified social credit code (好味餐饮 in samples/people.yaml).</summary>
    public const string OrganisationId = "91110101MA01C5XK3A";

    public static readonly Applicant Organisation = new(ApplicantKind.Organisation, OrganisationId, "示范市东城区好味餐饮有限公司");

    public static MaterialRequirement Primary(string code, string? licenseType = null) =>
        new(code, code + " 材料", MaterialImportance.Primary, MaterialForm.Original, ElectronicLicenseType: licenseType);

    public static MaterialRequirement Secondary(string code, bool tolerable = false, string? licenseType = null) =>
        new(code, code + " 材料", MaterialImportance.Secondary, MaterialForm.Copy, ToleratedWhenMissing: tolerable, ElectronicLicenseType: licenseType);

    public static ServiceItem Item(string code, bool tolerantAcceptance, params MaterialRequirement[] materials) =>
        Item(code, "SFS-DCQ-SCJGJ", 20, 5, tolerantAcceptance, materials: materials);

    /// <summary>An item with the given limits (promised 0: immediate) and an application form unless materials are given.</summary>
    public static ServiceItem Item(string code, string department, int statutory, int promised, bool tolerantAcceptance = false, bool extensionAllowed = true, MaterialRequirement[]? materials = null) =>
        new(code, code + " 事项", department, "某法第一条",
            DeadlinePolicy.Create(promised == 0 ? ItemKind.Immediate : ItemKind.Promised, new WorkingDays(statutory), new WorkingDays(promised), HandlingMode.SingleDepartment, extensionAllowed, null, null).Policy!,
            materials is { Length: > 0 } ? materials : [Primary("application-form")],
            tolerantAcceptance);

    public static CaseMaterial Material(string key, MaterialState state, MaterialImportance importance = MaterialImportance.Secondary, bool tolerable = false, string? problem = null)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var item = key[..slash];
        var code = key[(slash + 1)..];
        return new CaseMaterial(item, code, code + " 材料", importance, tolerable, state, Problem: problem);
    }
}
