using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Domain.Tests.Cases;

public sealed class ClockSnapshotTests
{
    private static readonly LocalDate Due = new(2026, 3, 9);

    [Fact]
    public void ToString_NotStarted_SaysNotCountedYet()
    {
        Assert.Equal("未起算", ClockSnapshot.NotStarted.ToString());
    }

    [Theory]
    [InlineData(ClockState.Running, WarningLevel.Normal, "计时中 已用 3/5 个工作日（法定 20）")]
    [InlineData(ClockState.Running, WarningLevel.Blue, "计时中 已用 3/5 个工作日（法定 20），蓝色预警")]
    [InlineData(ClockState.Running, WarningLevel.Yellow, "计时中 已用 3/5 个工作日（法定 20），黄色预警")]
    [InlineData(ClockState.Running, WarningLevel.Red, "计时中 已用 3/5 个工作日（法定 20），已超期")]
    [InlineData(ClockState.Suspended, WarningLevel.Normal, "暂停计时 已用 3/5 个工作日（法定 20）")]
    [InlineData(ClockState.Stopped, WarningLevel.Red, "已停止 已用 3/5 个工作日（法定 20），已超期")]
    public void ToString_StartedClock_SaysStateUsedLimitsAndWarning(ClockState state, WarningLevel level, string expected)
    {
        Assert.Equal(expected, new ClockSnapshot(state, 3, 20, 5, Due, level).ToString());
    }
}
