using System.Diagnostics.CodeAnalysis;

namespace GovWorkflow.Engine.Expressions;

/// <summary>The variables an expression may read; nothing else is reachable from an expression.</summary>
/// <remarks>Implementations are called on the hot path of every condition: look up without allocating.</remarks>
public interface IFeelVariables
{
    /// <summary>Looks up a top-level variable by its exact (ordinal) name; false when it is not defined.</summary>
    bool TryGet(string name, [NotNullWhen(true)] out FeelValue? value);
}
