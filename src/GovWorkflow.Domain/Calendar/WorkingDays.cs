using System.Globalization;

namespace GovWorkflow.Domain.Calendar;

/// <summary>A number of working days: a period that only a <see cref="BusinessCalendar"/> can turn into dates.</summary>
/// <remarks>
/// A bare <c>int days</c> would let "20 working days" be added as 20 calendar days by mistake; this type
/// has no conversion to calendar time, so every use goes through the calendar.
/// </remarks>
public readonly record struct WorkingDays : IComparable<WorkingDays>
{
    /// <summary>Creates a count of working days; negative counts are allowed for arithmetic but not for limits.</summary>
    public WorkingDays(int value) => Value = value;

    /// <summary>No working days.</summary>
    public static WorkingDays Zero => default;

    /// <summary>The count.</summary>
    public int Value { get; }

    /// <summary>Adds two counts.</summary>
    public static WorkingDays operator +(WorkingDays left, WorkingDays right) => new(checked(left.Value + right.Value));

    /// <summary>Subtracts two counts.</summary>
    public static WorkingDays operator -(WorkingDays left, WorkingDays right) => new(checked(left.Value - right.Value));

    /// <summary>Compares two counts.</summary>
    public static bool operator <(WorkingDays left, WorkingDays right) => left.Value < right.Value;

    /// <summary>Compares two counts.</summary>
    public static bool operator >(WorkingDays left, WorkingDays right) => left.Value > right.Value;

    /// <summary>Compares two counts.</summary>
    public static bool operator <=(WorkingDays left, WorkingDays right) => left.Value <= right.Value;

    /// <summary>Compares two counts.</summary>
    public static bool operator >=(WorkingDays left, WorkingDays right) => left.Value >= right.Value;

    /// <summary>Adds two counts.</summary>
    public static WorkingDays Add(WorkingDays left, WorkingDays right) => left + right;

    /// <summary>Subtracts two counts.</summary>
    public static WorkingDays Subtract(WorkingDays left, WorkingDays right) => left - right;

    /// <inheritdoc />
    public int CompareTo(WorkingDays other) => Value.CompareTo(other.Value);

    /// <summary>Formats as the count followed by the Chinese unit, e.g. <c>20个工作日</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "个工作日";
}
