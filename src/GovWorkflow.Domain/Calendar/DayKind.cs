namespace GovWorkflow.Domain.Calendar;

/// <summary>Why a day is, or is not, a working day.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday with no holiday: a working day.</summary>
    Weekday,

    /// <summary>Saturday or Sunday with no make-up work: not a working day.</summary>
    Weekend,

    /// <summary>A statutory day off (法定节假日及其调休放假日): not a working day.</summary>
    StatutoryHoliday,

    /// <summary>A weekend day worked in exchange for a holiday (调休上班): a working day.</summary>
    MakeUpWorkingDay,
}
