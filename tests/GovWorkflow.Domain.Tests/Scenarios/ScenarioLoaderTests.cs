using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Scenarios;
using GovWorkflow.Domain.Tests.TestSupport;
using NodaTime;
using static GovWorkflow.Domain.Tests.Catalog.CatalogFixtures;

namespace GovWorkflow.Domain.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private const string FileName = "scenario.yaml";

    /// <summary>Lines: 3 start, 4 applicant, 7 steps, 8..11 the four steps.</summary>
    private const string Valid = """
        name: 测试场景
        case: CY-2026-0009
        start: 2026-03-02T09:30
        applicant: { id: 91110101MA01C5XK3A, name: 示范市东城区好味餐饮有限公司 }
        submitted: [FOOD-BUSINESS-PERMIT/application-form, OUTDOOR-SIGN/application-form]
        variables: { tolerantDays: 5, commitmentApproval: true }
        steps:
          - { after: 0, at: "10:00", user: clerk.wang, complete: checkMaterials, set: { materialCheck: correctable }, defects: { FOOD-BUSINESS-PERMIT/application-form: 未签字 } }
          - { after: 1, user: applicant, message: materials-corrected, materials: [FOOD-BUSINESS-PERMIT/application-form] }
          - { after: { min: 1, mode: 2, max: 4 }, at: "14:00", user: scjgj.li, complete: reviewFoodPermit, department: SFS-DCQ-SCJGJ, set: { approved: true, comment: 符合 } }
          - { after: 3, note: 等待承诺期限届满 }
        """;

    private static (Scenario? Scenario, IReadOnlyList<DomainError> Errors) Load(string text)
    {
        using var folder = new TempDirectory();
        return ScenarioLoader.Load(folder.Write(FileName, text));
    }

    private static DomainError SingleError(string text, string code)
    {
        var (scenario, errors) = Load(text);
        Assert.Null(scenario);
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    private static string Replace(string part, string with) => Valid.Replace(part, with, StringComparison.Ordinal);

    [Fact]
    public void Load_EverySampleScenario_LoadsWithoutErrors()
    {
        var files = SampleData.ScenarioFiles;

        Assert.True(files.Count >= 7, "samples/bundles/*/scenarios holds " + files.Count + " scenarios");
        Assert.All(files, file =>
        {
            var (scenario, errors) = ScenarioLoader.Load(file);
            Assert.True(errors.Count == 0, file + Environment.NewLine + string.Join(Environment.NewLine, errors));
            Assert.NotNull(scenario);
            Assert.NotEmpty(scenario.Steps);
            Assert.Equal(file, scenario.File);
        });
    }

    [Fact]
    public void Load_EverySampleScenario_HasADistinctCaseNumber()
    {
        var cases = SampleData.ScenarioFiles.Select(f => ScenarioLoader.Load(f).Scenario!.CaseId).ToList();

        Assert.Equal(cases.Count, cases.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_RectificationSample_ReadsDistributionsDepartmentsAndMessages()
    {
        var (scenario, _) = ScenarioLoader.Load(SampleData.Scenario("completion-acceptance", "rectification"));

        var inspect = scenario!.Steps[1];
        Assert.Equal(new StepDelay(1, 2, 4), inspect.After);
        Assert.Equal("SFS-ZRZYJ", inspect.Department);
        Assert.Equal(new LocalTime(10, 0), inspect.At);
        var suspend = scenario.Steps[2];
        Assert.Equal(StepKind.Message, suspend.Kind);
        Assert.Equal("suspend", suspend.Target);
        Assert.Equal([new KeyValuePair<string, object?>("suspensionReason", "检测")], suspend.Set);
    }

    [Fact]
    public void Load_DeemedAcceptanceSample_StartsWithAWaitStep()
    {
        var (scenario, _) = ScenarioLoader.Load(SampleData.Scenario("company-opening", "deemed-acceptance"));

        var wait = scenario!.Steps[0];
        Assert.Equal(StepKind.Wait, wait.Kind);
        Assert.Null(wait.Target);
        Assert.Null(wait.User);
        Assert.Equal(StepDelay.Fixed(6), wait.After);
        Assert.NotNull(wait.Note);
    }

    [Fact]
    public void Load_ValidFile_ReadsTheCase()
    {
        var (scenario, errors) = Load(Valid);

        Assert.Empty(errors);
        Assert.Equal("测试场景", scenario!.Name);
        Assert.Equal("CY-2026-0009", scenario.CaseId);
        Assert.Equal(new LocalDateTime(2026, 3, 2, 9, 30), scenario.Start);
        Assert.Equal("91110101MA01C5XK3A", scenario.ApplicantId);
        Assert.Equal("示范市东城区好味餐饮有限公司", scenario.ApplicantName);
        Assert.Equal(["FOOD-BUSINESS-PERMIT/application-form", "OUTDOOR-SIGN/application-form"], scenario.Submitted);
        Assert.Equal([new KeyValuePair<string, object?>("tolerantDays", 5L), new KeyValuePair<string, object?>("commitmentApproval", true)], scenario.Variables);
    }

    [Fact]
    public void Load_ValidFile_ReadsEachStepWithItsKindDelayTimeAndLine()
    {
        var steps = Load(Valid).Scenario!.Steps;

        Assert.Equal([StepKind.Complete, StepKind.Message, StepKind.Complete, StepKind.Wait], steps.Select(s => s.Kind));
        Assert.Equal([StepDelay.Fixed(0), StepDelay.Fixed(1), new StepDelay(1, 2, 4), StepDelay.Fixed(3)], steps.Select(s => s.After));
        Assert.Equal([new LocalTime(10, 0), new LocalTime(10, 0), new LocalTime(14, 0), new LocalTime(10, 0)], steps.Select(s => s.At));
        Assert.Equal([0, 1, 2, 3], steps.Select(s => s.Index));
        Assert.Equal([8, 9, 10, 11], steps.Select(s => s.Line));
    }

    [Fact]
    public void Load_ValidFile_ReadsTargetsUsersSetMaterialsAndDefects()
    {
        var steps = Load(Valid).Scenario!.Steps;

        Assert.Equal("checkMaterials", steps[0].Target);
        Assert.Equal("clerk.wang", steps[0].User);
        Assert.Equal([new KeyValuePair<string, string>("FOOD-BUSINESS-PERMIT/application-form", "未签字")], steps[0].Defects);
        Assert.Equal("materials-corrected", steps[1].Target);
        Assert.Equal(["FOOD-BUSINESS-PERMIT/application-form"], steps[1].Materials);
        Assert.Equal([new KeyValuePair<string, object?>("approved", true), new KeyValuePair<string, object?>("comment", "符合")], steps[2].Set);
        Assert.Equal("等待承诺期限届满", steps[3].Note);
        Assert.Empty(steps[3].Set);
        Assert.Empty(steps[3].Materials);
    }

    [Fact]
    public void Load_DistributionWithoutMode_TakesTheMiddle()
    {
        var steps = Load(Replace("{ min: 1, mode: 2, max: 4 }", "{ min: 1, max: 5 }")).Scenario!.Steps;

        Assert.Equal(new StepDelay(1, 3, 5), steps[2].After);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("\"2\"")]
    [InlineData("1.5")]
    [InlineData("soon")]
    [InlineData("[1, 2]")]
    [InlineData("{ min: 3, max: 1 }")]
    [InlineData("{ min: -1, max: 2 }")]
    [InlineData("{ min: 1 }")]
    [InlineData("{ mode: 2, max: 4 }")]
    [InlineData("{ min: 1, mode: 9, max: 4 }")]
    [InlineData("{ min: 1, mode: 0, max: 4 }")]
    [InlineData("{ min: 1, mode: two, max: 4 }")]
    [InlineData("{ min: 1, mdoe: 2, max: 4 }")]
    public void Load_InvalidDelay_IsLocatedAtTheStepsAfter(string after)
    {
        var error = SingleError(Replace("after: { min: 1, mode: 2, max: 4 }", "after: " + after), "scenario.after-invalid");

        AssertAt(error, FileName, 10, "steps[2].after");
    }

    [Theory]
    [InlineData("9:30")]
    [InlineData("24:00")]
    [InlineData("10:00:00")]
    [InlineData("noon")]
    public void Load_TimeNotHourAndMinute_IsLocatedAtTheStepsAt(string at)
    {
        var error = SingleError(Replace("at: \"14:00\"", "at: \"" + at + "\""), "scenario.time-invalid");

        AssertAt(error, FileName, 10, "steps[2].at");
    }

    [Theory]
    [InlineData("2026-03-02 09:30")]
    [InlineData("2026-02-30T09:30")]
    [InlineData("2026-03-02")]
    public void Load_StartNotADateAndTime_IsLocatedAtTheStart(string start)
    {
        var error = SingleError(Replace("start: 2026-03-02T09:30", "start: " + start), "scenario.start-invalid");

        AssertAt(error, FileName, 3, "start");
    }

    [Fact]
    public void Load_StartWithSeconds_IsAccepted()
    {
        Assert.Equal(new LocalDateTime(2026, 3, 2, 9, 30, 15), Load(Replace("start: 2026-03-02T09:30", "start: 2026-03-02T09:30:15")).Scenario!.Start);
    }

    [Fact]
    public void Load_StepThatCompletesAndSends_IsAmbiguous()
    {
        var error = SingleError(Replace("complete: reviewFoodPermit", "complete: reviewFoodPermit, message: resume"), "scenario.step-ambiguous");

        AssertAt(error, FileName, 10, "steps[2].message");
    }

    [Fact]
    public void Load_ActionWithoutUser_IsLocatedAtTheStep()
    {
        var error = SingleError(Replace("user: applicant, ", string.Empty), "scenario.user-missing");

        AssertAt(error, FileName, 9, "steps[1].user");
    }

    [Fact]
    public void Load_InvalidApplicantNumber_ReportsTheIdentityErrorAtTheApplicantsId()
    {
        var error = SingleError(Replace("id: 91110101MA01C5XK3A", "id: 91110101MA01C5XK3B"), "identity.uscc.check-character");

        AssertAt(error, FileName, 4, "applicant.id");
    }

    [Fact]
    public void Load_ApplicantWithoutName_IsRefused()
    {
        var error = SingleError(Replace(", name: 示范市东城区好味餐饮有限公司", string.Empty), "catalog.field-missing");

        AssertAt(error, FileName, 4, "applicant.name");
    }

    [Fact]
    public void Load_MisspelledStepField_IsRefusedWithASuggestion()
    {
        var error = SingleError(Replace("department: SFS-DCQ-SCJGJ", "departement: SFS-DCQ-SCJGJ"), "catalog.field-unknown");

        AssertAt(error, FileName, 10, "steps[2].departement");
        Assert.Contains("department", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoSteps_IsRefused()
    {
        var error = SingleError(Valid[..Valid.IndexOf("steps:", StringComparison.Ordinal)], "catalog.field-missing");

        Assert.Equal("steps", error.Location!.Field);
    }

    [Fact]
    public void Load_ProblemsInSeveralSteps_ReportsEveryOne()
    {
        var (scenario, errors) = Load(Replace("at: \"10:00\"", "at: \"10h\"").Replace("after: 3", "after: -3", StringComparison.Ordinal));

        Assert.Null(scenario);
        Assert.Equal(["scenario.time-invalid", "scenario.after-invalid"], errors.Select(e => e.Code));
        Assert.Equal([8, 11], errors.Select(e => e.Location!.Line));
    }

    [Fact]
    public void Load_MissingFile_IsReportedNotThrown()
    {
        using var folder = new TempDirectory();

        var (scenario, errors) = ScenarioLoader.Load(Path.Combine(folder.Path, FileName));

        Assert.Null(scenario);
        Assert.Equal("samples.file-unreadable", Assert.Single(errors).Code);
    }
}
