using GovWorkflow.Runtime.Instances;
using GovWorkflow.Server.Hosting;

namespace GovWorkflow.Server.Tasks;

/// <summary>A step a task may be sent back to.</summary>
/// <param name="NodeId">Its node id, to send as <c>target</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="HandledBy">Who handled it last (gets it back).</param>
/// <param name="HandledAt">When (ISO 8601, UTC).</param>
public sealed record SendBackTargetView(string NodeId, string? Name, string HandledBy, string HandledAt)
{
    /// <summary>The view of a runtime target.</summary>
    public static SendBackTargetView Of(MoveTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new SendBackTargetView(target.NodeId, target.Name, target.HandledBy, Iso.Format(target.HandledAt));
    }
}
