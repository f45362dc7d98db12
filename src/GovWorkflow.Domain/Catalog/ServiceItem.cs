using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Domain.Catalog;

/// <summary>政务服务事项: one administrative item owned by one department, with its limits and material list.</summary>
/// <remarks>
/// The values are what the published service guide (办事指南) says; nothing here changes while cases run.
/// Consistency across items and departments (codes unique, department known, 容缺 only for secondary
/// materials) is checked when a catalog is built, which returns every problem as a value.
/// </remarks>
public sealed class ServiceItem
{
    private readonly MaterialRequirement[] materials;

    /// <summary>Creates an item; build catalogs through <see cref="ItemCatalog.Create"/> or <see cref="ItemCatalogLoader"/>, which validate.</summary>
    /// <param name="code">Stable code in upper-case letters, digits and hyphens, e.g. <c>FOOD-BUSINESS-PERMIT</c>.</param>
    /// <param name="name">Chinese name, e.g. <c>食品经营许可</c>.</param>
    /// <param name="departmentCode">Code of the department that handles the item.</param>
    /// <param name="legalBasis">The laws and articles the item rests on (设定依据), as text.</param>
    /// <param name="deadline">The statutory and promised limits.</param>
    /// <param name="materials">The materials, in the order of the service guide.</param>
    /// <param name="tolerantAcceptanceAllowed">Whether 容缺受理 is allowed.</param>
    /// <param name="commitmentApprovalAllowed">Whether 告知承诺制 is allowed.</param>
    public ServiceItem(
        string code,
        string name,
        string departmentCode,
        string legalBasis,
        DeadlinePolicy deadline,
        IEnumerable<MaterialRequirement> materials,
        bool tolerantAcceptanceAllowed = false,
        bool commitmentApprovalAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(departmentCode);
        ArgumentNullException.ThrowIfNull(legalBasis);
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(materials);
        Code = code;
        Name = name;
        DepartmentCode = departmentCode;
        LegalBasis = legalBasis;
        Deadline = deadline;
        this.materials = [.. materials];
        if (Array.Exists(this.materials, m => m is null))
        {
            throw new ArgumentException("The material list contains null.", nameof(materials));
        }

        TolerantAcceptanceAllowed = tolerantAcceptanceAllowed;
        CommitmentApprovalAllowed = commitmentApprovalAllowed;
    }

    /// <summary>事项编码.</summary>
    public string Code { get; }

    /// <summary>事项名称.</summary>
    public string Name { get; }

    /// <summary>实施部门的编码.</summary>
    public string DepartmentCode { get; }

    /// <summary>设定依据.</summary>
    public string LegalBasis { get; }

    /// <summary>法定时限、承诺时限、办件类型与延期.</summary>
    public DeadlinePolicy Deadline { get; }

    /// <summary>申请材料, in the order of the service guide.</summary>
    public IReadOnlyList<MaterialRequirement> Materials => materials;

    /// <summary>容缺受理: the item may be accepted while tolerable secondary materials are missing.</summary>
    public bool TolerantAcceptanceAllowed { get; }

    /// <summary>告知承诺制: the item may be approved on the applicant's written commitment, checked afterwards.</summary>
    public bool CommitmentApprovalAllowed { get; }

    /// <summary>Finds a material of this item by its code (ordinal, case-sensitive).</summary>
    public bool TryGetMaterial(string code, [NotNullWhen(true)] out MaterialRequirement? material)
    {
        material = Array.Find(materials, m => m.Code == code);
        return material is not null;
    }

    /// <summary>Formats as <c>名称（编码）</c>.</summary>
    public override string ToString() => $"{Name}（{Code}）";
}
