using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Activities.Tests.TestSupport;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Scenarios;
using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Activities.Tests.Scenarios;

/// <summary>联合验收 passes only when every department passed, however the acceptance ends.</summary>
public sealed class JointAcceptanceTests
{
    [Fact]
    public async Task FifteenWorkingDaysPassWithOneDepartmentStillRectifying_TheDecisionIsARefusal()
    {
        using var dir = new TempDirectory();
        var scenario = dir.Write("overdue.yaml", """
            name: 联合验收超期，一个部门仍在整改
            case: YS-T-1
            start: 2026-05-11T09:00
            applicant: { id: 91110101MA01D7YL5D, name: 示范市安居置业有限公司 }
            submitted: [PLANNING-VERIFICATION/application-form, PLANNING-VERIFICATION/planning-permit, PLANNING-VERIFICATION/as-built-survey,
              PLANNING-VERIFICATION/as-built-drawings, FIRE-ACCEPTANCE/application-form, FIRE-ACCEPTANCE/completion-acceptance-report,
              FIRE-ACCEPTANCE/fire-facility-test-report, FIRE-ACCEPTANCE/fire-as-built-drawings, CIVIL-AIR-DEFENCE-ACCEPTANCE/filing-form,
              CIVIL-AIR-DEFENCE-ACCEPTANCE/completion-acceptance-report, CIVIL-AIR-DEFENCE-ACCEPTANCE/quality-supervision-report,
              CIVIL-AIR-DEFENCE-ACCEPTANCE/as-built-drawings, CONSTRUCTION-ARCHIVES-ACCEPTANCE/application-form,
              CONSTRUCTION-ARCHIVES-ACCEPTANCE/archive-catalogue, CONSTRUCTION-ARCHIVES-ACCEPTANCE/project-archives,
              COMPLETION-ACCEPTANCE-FILING/filing-form, COMPLETION-ACCEPTANCE-FILING/completion-acceptance-report,
              COMPLETION-ACCEPTANCE-FILING/quality-supervision-report, COMPLETION-ACCEPTANCE-FILING/planning-verification-opinion,
              COMPLETION-ACCEPTANCE-FILING/fire-acceptance-opinion, COMPLETION-ACCEPTANCE-FILING/housing-warranty]
            steps:
              - { after: 0, at: "09:30", user: clerk.liu, complete: checkMaterials, set: { materialCheck: complete } }
              - { after: 1, user: zrzyj.xu, complete: inspect, department: SFS-ZRZYJ, set: { passed: true } }
              - { after: 0, at: "11:00", user: zjj.gao, complete: inspect, department: SFS-ZJJ, set: { passed: false, comment: 疏散指示不足 } }
              - { after: 0, at: "14:00", user: rfb.luo, complete: inspect, department: SFS-RFB, set: { passed: true } }
              - { after: 0, at: "15:00", user: cjdag.song, complete: inspect, department: SFS-CJDAG, set: { passed: true } }
              - { after: 15, note: 整改迟迟未完成，联合验收期限届满 }
              - { after: 0, at: "11:00", user: supervisor.wu, complete: superviseAcceptance, set: { comment: 已督办，依法作出决定 } }
            """);
        var samples = SampleBundles.Load("completion-acceptance");
        var (loaded, errors) = ScenarioLoader.Load(scenario);
        Assert.True(loaded is not null, string.Join('\n', errors));
        var cases = await DurableCases.OpenAsync(new DatabaseOptions { DataFolder = Path.Combine(dir.Path, "data") }, samples, SampleBundles.Clock, new TravelClock(Instant.MinValue));

        var run = await cases.Runner.RunAsync(samples.Bundle, loaded);

        Assert.False(run.File.Decision!.Granted);
        Assert.Contains("SFS-ZJJ", run.File.Decision.Reason, StringComparison.Ordinal);
        Assert.Empty(run.File.Certificates);
        Assert.Equal(CaseStatus.Delivered, run.File.Status);
    }
}
