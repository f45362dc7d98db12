using GovWorkflow.Activities.Calendar;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Parsing;
using NodaTime;

namespace GovWorkflow.Activities.Tests.Calendar;

public sealed class StatutoryWorkingDaysTests
{
    private static readonly DateTimeZone Beijing = BusinessCalendar.Zone;

    private static StatutoryWorkingDays Calendar(LocalTime? officeHoursEnd = null) =>
        new(new StatutoryClock(HolidayCalendarLoader.LoadBuiltIn(), new DeadlineOptions { OfficeHoursEnd = officeHoursEnd }));

    private static Instant At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Beijing).ToInstant();

    [Fact]
    public void FiveWorkingDaysFromTheFridayBeforeSpringFestival_EndAfterTheHoliday()
    {
        // Accepted Fri 2026-02-13; Sat 02-14 is a make-up working day (1); 02-15..02-23 are off; 02-24..02-27 (2..5).
        var due = Calendar().AddWorkingDays(At(2026, 2, 13, 15), 5);

        Assert.Equal(new LocalDateTime(2026, 2, 28, 0, 0), due.InZone(Beijing).LocalDateTime);
    }

    [Fact]
    public void OfficeHoursEnd_MovesTheDueInstantToThatHour()
    {
        var due = Calendar(new LocalTime(17, 30)).AddWorkingDays(At(2026, 3, 2, 9), 1);
        Assert.Equal(new LocalDateTime(2026, 3, 3, 17, 30), due.InZone(Beijing).LocalDateTime);
    }

    [Fact]
    public void TheEngineUsesItForGovWorkingDaysTimers()
    {
        const string xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:gov="https://schemas.govworkflow.org/bpmn/gov/1.0" id="d" targetNamespace="t">
              <process id="p" isExecutable="true">
                <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="wait"/>
                <intermediateCatchEvent id="wait"><timerEventDefinition gov:workingDays="5"/></intermediateCatchEvent>
                <sequenceFlow id="f2" sourceRef="wait" targetRef="e"/><endEvent id="e"/>
              </process>
            </definitions>
            """;
        var process = ProcessCompiler.Compile(BpmnParser.Parse(xml, "p.bpmn").Document!).Process!;
        var engine = new ProcessInterpreter(process, new EngineOptions { Zone = Beijing, Calendar = Calendar() });

        var started = engine.Start(new StartInstance("c", "1", new Dictionary<string, Engine.Expressions.FeelValue>(StringComparer.Ordinal)), At(2026, 2, 13, 15));

        var timer = Assert.Single(started.Effects.OfType<TimerScheduled>());
        Assert.Equal(At(2026, 2, 28, 0), timer.DueAt);
    }
}
