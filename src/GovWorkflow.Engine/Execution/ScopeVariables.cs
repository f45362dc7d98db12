using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Variable lookup from an element outwards through its scopes to the process variables.</summary>
/// <remarks>
/// Reused for every evaluation of a step (set <see cref="Start"/>, evaluate) so that conditions cost no
/// allocation. A multi-instance body answers <c>nrOfInstances</c>, <c>nrOfCompletedInstances</c> and
/// <c>nrOfActiveInstances</c> from its counters.
/// </remarks>
internal sealed class ScopeVariables(ExecutionStep step) : IFeelVariables
{
    public ElementInstance? Start { get; set; }

    public bool TryGet(string name, [NotNullWhen(true)] out FeelValue? value)
    {
        for (var element = Start; element is not null; element = step.FindParent(element))
        {
            if (element.Locals is { } local && local.TryGetValue(name, out value))
            {
                return true;
            }

            if (element.Role == ElementRole.MultiInstanceBody && TryGetCounter(element, name, out value))
            {
                return true;
            }
        }

        return step.State.VariableMap.TryGetValue(name, out value);
    }

    private static bool TryGetCounter(ElementInstance body, string name, [NotNullWhen(true)] out FeelValue? value)
    {
        value = name switch
        {
            "nrOfInstances" => FeelValue.Number(body.InstanceCount),
            "nrOfCompletedInstances" => FeelValue.Number(body.CompletedCount),
            "nrOfActiveInstances" => FeelValue.Number(body.ActiveCount),
            _ => null,
        };
        return value is not null;
    }
}
