using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>FEEL variables read from a plain dictionary (a called process's final variables).</summary>
internal sealed class DictionaryVariables(IReadOnlyDictionary<string, FeelValue> values) : IFeelVariables
{
    public bool TryGet(string name, [NotNullWhen(true)] out FeelValue? value) => values.TryGetValue(name, out value);
}
