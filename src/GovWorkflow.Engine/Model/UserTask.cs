namespace GovWorkflow.Engine.Model;

/// <summary>A <c>userTask</c>: work in a person's inbox, assigned by the <c>gov:</c> attributes.</summary>
/// <remarks>Each assignment value is either comma-separated literals or a FEEL expression starting with <c>=</c>; the texts are kept raw.</remarks>
public sealed class UserTask : Activity
{
    internal UserTask(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
    }

    /// <summary><c>gov:assignee</c>, or null.</summary>
    public string? Assignee => GetGovAttribute(GovNames.Assignee);

    /// <summary><c>gov:candidateUsers</c>, or null.</summary>
    public string? CandidateUsers => GetGovAttribute(GovNames.CandidateUsers);

    /// <summary><c>gov:candidateGroups</c>, or null.</summary>
    public string? CandidateGroups => GetGovAttribute(GovNames.CandidateGroups);

    /// <summary><c>gov:candidateDepartments</c>, or null.</summary>
    public string? CandidateDepartments => GetGovAttribute(GovNames.CandidateDepartments);

    /// <summary><c>gov:formKey</c>, or null.</summary>
    public string? FormKey => GetGovAttribute(GovNames.FormKey);
}
