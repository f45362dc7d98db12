using System.Diagnostics.CodeAnalysis;

namespace GovWorkflow.Engine.Expressions;

/// <summary>The FEEL types this engine supports.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are the FEEL type names of the engine API.")]
public enum FeelValueKind
{
    /// <summary>The FEEL <c>null</c>: missing, unknown or the result of a runtime error.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A number, held as <see cref="decimal"/>.</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>A calendar date (<see cref="NodaTime.LocalDate"/>).</summary>
    Date,

    /// <summary>A local date and time without zone (<see cref="NodaTime.LocalDateTime"/>).</summary>
    DateTime,

    /// <summary>A days-and-time duration (<see cref="NodaTime.Duration"/>).</summary>
    DaysTimeDuration,

    /// <summary>A years-and-months duration (<see cref="NodaTime.Period"/> of years and months only).</summary>
    YearsMonthsDuration,

    /// <summary>An ordered list of values.</summary>
    List,

    /// <summary>A context: ordered entries of name and value.</summary>
    Context,
}
