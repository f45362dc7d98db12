using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Tests.TestSupport;

namespace GovWorkflow.Engine.Tests.Activities;

public sealed class ActivityRequestTests
{
    [Fact]
    public void For_GivesARequestWithoutPropertiesOrTimers()
    {
        var request = ActivityRequest.For("ExtendDeadline", Vars.None, ProcessRun.StartedAt);

        Assert.Equal("ExtendDeadline", request.ActivityType);
        Assert.Empty(request.Properties);
        Assert.Empty(request.Timers);
        Assert.Equal(ProcessRun.StartedAt, request.Now);
    }
}
