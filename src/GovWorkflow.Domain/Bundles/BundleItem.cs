using GovWorkflow.Domain.Catalog;

namespace GovWorkflow.Domain.Bundles;

/// <summary>One item of a bundle and the process variable that carries its time limit to the workflow's timers.</summary>
/// <param name="Item">The catalog item.</param>
/// <param name="LimitVariable">The variable set at start to the item's promised limit (its statutory limit for an immediate item), e.g. <c>foodPermitLimit</c>.</param>
/// <param name="LicenseType">The electronic licence type the item issues (制证), which later items of the bundle then need not ask for.</param>
/// <param name="InCombinedLicense">Whether a combined industry licence (一业一证) carries this item's permit; a registration such as the business licence stays its own certificate.</param>
public sealed record BundleItem(ServiceItem Item, string LimitVariable, string LicenseType, bool InCombinedLicense = true)
{
    /// <summary>The working days the workflow's overdue timer waits: the promised limit, or the statutory one when nothing was promised.</summary>
    public int Limit => Item.Deadline.PromisedLimit.Value > 0 ? Item.Deadline.PromisedLimit.Value : Item.Deadline.StatutoryLimit.Value;
}
