namespace GovWorkflow.Domain.Deadlines;

/// <summary>Whether an item is done on the spot or within a promised number of working days.</summary>
public enum ItemKind
{
    /// <summary>即办件: decided on the spot, the day of acceptance.</summary>
    Immediate,

    /// <summary>承诺件: decided within the promised limit, counted in working days after acceptance.</summary>
    Promised,
}
