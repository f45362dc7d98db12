namespace GovWorkflow.Runtime.Persistence;

/// <summary>Who a task candidate is.</summary>
public enum CandidateKind
{
    /// <summary>A person, by user name.</summary>
    User = 0,

    /// <summary>A role (group), e.g. approver.</summary>
    Group = 1,

    /// <summary>A department, by code.</summary>
    Department = 2,
}
