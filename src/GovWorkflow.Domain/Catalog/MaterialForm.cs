namespace GovWorkflow.Domain.Catalog;

/// <summary>The form in which a material is handed in.</summary>
public enum MaterialForm
{
    /// <summary>原件.</summary>
    Original,

    /// <summary>复印件.</summary>
    Copy,

    /// <summary>电子件.</summary>
    Electronic,
}
