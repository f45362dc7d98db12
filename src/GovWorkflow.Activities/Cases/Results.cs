using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Cases;

/// <summary>Shorthand for activity results.</summary>
public static class Results
{
    /// <summary>A result that sets the given variables and moves no timer.</summary>
    public static ActivityResult Of(params (string Name, FeelValue Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), []);
}
