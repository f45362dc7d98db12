namespace GovWorkflow.Runtime.Persistence;

/// <summary>Where a definition version is in its life.</summary>
public enum DefinitionStatus
{
    /// <summary>草稿: being edited; cannot start instances.</summary>
    Draft = 0,

    /// <summary>已发布: new instances start on the newest published version.</summary>
    Published = 1,

    /// <summary>已停用: starts no new instances; running ones finish on it.</summary>
    Retired = 2,
}
