using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>A compiled timer definition.</summary>
/// <param name="Kind">How the due instant is found.</param>
/// <param name="Text">The definition as written, for messages.</param>
/// <param name="Period">The duration, or the cycle's interval.</param>
/// <param name="Date">The fixed instant of a date timer, or the start of a cycle that names one.</param>
/// <param name="Repetitions">How many times a cycle fires; -1 for unbounded (<c>R/</c>); 1 otherwise.</param>
/// <param name="WorkingDays">The number of working days when it is a literal.</param>
/// <param name="WorkingDaysExpression">The FEEL expression giving the number of working days, when not a literal.</param>
/// <param name="FromExpression">For working days, <c>gov:from</c>: the FEEL expression of the day they count from; null counts from when the timer starts.</param>
public sealed record TimerSpec(
    TimerKind Kind,
    string Text,
    Period? Period = null,
    Instant? Date = null,
    int Repetitions = 1,
    int WorkingDays = 0,
    FeelExpression? WorkingDaysExpression = null,
    FeelExpression? FromExpression = null);
