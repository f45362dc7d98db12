using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Hosting;

namespace GovWorkflow.Server.Tasks;

/// <summary>An added signer of a task and what they signed.</summary>
/// <param name="User">The signer's user id.</param>
/// <param name="Status">pending, signed or withdrawn.</param>
/// <param name="Agreed">Whether they agreed, once signed.</param>
/// <param name="Opinion">Their opinion, once signed.</param>
/// <param name="AddedBy">Who asked.</param>
/// <param name="AddedAt">When (ISO 8601, UTC).</param>
/// <param name="Request">What they were asked, or null.</param>
/// <param name="ClosedAt">When signed or withdrawn (ISO 8601, UTC), or null.</param>
public sealed record SignerView(string User, string Status, bool? Agreed, string? Opinion, string AddedBy, string AddedAt, string? Request, string? ClosedAt)
{
    /// <summary>The view of a signer row.</summary>
    public static SignerView Of(TaskSignerRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var status = row.Status switch { WorkStatus.Open => "pending", WorkStatus.Done => "signed", _ => "withdrawn" };
        return new SignerView(row.Signer, status, row.Agreed, row.Opinion, row.AddedBy, Iso.Format(row.AddedAt), row.Request, row.ClosedAt is { } closed ? Iso.Format(closed) : null);
    }
}
