using GovWorkflow.Activities.Desk;
using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Activities.Tests.TestSupport;
using GovWorkflow.Domain.Scenarios;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Activities.Tests.Desk;

/// <summary>People's actions at the desk on the durable runtime: who may act, what the window may conclude, and what a bad-credit record changes.</summary>
public sealed class CaseDeskTests : IDisposable
{
    private static readonly string[] RestaurantComplete =
    [
        "BUSINESS-LICENCE/application-form", "BUSINESS-LICENCE/operator-id", "BUSINESS-LICENCE/name-commitment",
        "FOOD-BUSINESS-PERMIT/application-form", "FOOD-BUSINESS-PERMIT/legal-representative-id", "FOOD-BUSINESS-PERMIT/layout-and-process",
        "FOOD-BUSINESS-PERMIT/food-safety-rules", "FOOD-BUSINESS-PERMIT/health-certificates",
        "OUTDOOR-SIGN/application-form", "OUTDOOR-SIGN/sign-design", "OUTDOOR-SIGN/owner-consent",
    ];

    private readonly TempDirectory data = new();
    private readonly TravelClock clock = new(new LocalDateTime(2026, 3, 2, 9, 0).InZoneStrictly(Domain.Calendar.BusinessCalendar.Zone).ToInstant());

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Complete_ByAnApproverOfAnotherDepartment_IsRefusedAndTheTaskStaysOpen()
    {
        var cases = await OpenAsync();
        await ReceiveAndAcceptAsync(cases, "D-1", RestaurantComplete);
        var review = await TaskAsync(cases, "D-1", "reviewOutdoorSign");

        var refused = await cases.Desk.CompleteAsync(review, Vars.Of(("approved", true)), "scjgj.li", CancellationToken.None);

        Assert.Equal("desk.not-candidate", refused.Error!.Code);
        Assert.Contains("户外招牌设置审查", refused.Error.Message, StringComparison.Ordinal);
        Assert.NotNull(await TaskAsync(cases, "D-1", "reviewOutdoorSign"));
    }

    [Fact]
    public async Task Complete_SameTaskTwice_SecondIsRefusedAsAlreadyDone()
    {
        var cases = await OpenAsync();
        await ReceiveAndAcceptAsync(cases, "D-2", RestaurantComplete);
        var review = await TaskAsync(cases, "D-2", "reviewOutdoorSign");

        var first = await cases.Desk.CompleteAsync(review, Vars.Of(("approved", true)), "cgj.zhao", CancellationToken.None);
        var second = await cases.Desk.CompleteAsync(review, Vars.Of(("approved", false), ("refusalReason", "招牌尺寸超标")), "cgj.sun", CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.Equal("runtime.task-closed", second.Error!.Code);
        Assert.Single(await cases.Store.TimelineAsync("D-2", CancellationToken.None), l => l.Text.StartsWith("户外招牌设置审查", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MaterialCheck_CompleteWhilePrimaryMaterialsLack_IsRefusedNamingThem()
    {
        var cases = await OpenAsync();
        await cases.Desk.ReceiveAsync(SampleBundles.Load("restaurant-opening").Bundle, "D-3", "91110101MA01C5XK3A", "示范市东城区好味餐饮有限公司", ["BUSINESS-LICENCE/application-form"], [], "clerk.wang", CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);
        var check = await TaskAsync(cases, "D-3", "checkMaterials");

        var refused = await cases.Desk.CompleteAsync(check, Vars.Of(("materialCheck", "complete")), "clerk.wang", CancellationToken.None);
        var nothing = await cases.Desk.CompleteAsync(check, Vars.Of(("materialCheck", "correctable")), "clerk.wang", CancellationToken.None);

        Assert.Equal("desk.materials-lacking", refused.Error!.Code);
        Assert.Contains("经营者（负责人）居民身份证（BUSINESS-LICENCE/operator-id）", refused.Error.Message, StringComparison.Ordinal);
        Assert.True(nothing.Succeeded);
    }

    [Fact]
    public async Task Rate_ByAnotherApplicant_IsRefused()
    {
        var cases = await RunAsync("restaurant-opening", "tolerant-revoked");
        var held = await cases.Desk.Workflow.OpenTasksAsync("CY-2026-0002", CancellationToken.None);

        Assert.Empty(held);
        var people = SampleBundles.Load("restaurant-opening").People;
        Assert.True(people.TryGet("applicant.zhang", out var other));
        var task = new CaseTask(1, "CY-2026-0002", "rate", "好差评", [], ["applicant"], [], 0, "rating");
        var file = await cases.Store.FindCaseAsync("CY-2026-0002", CancellationToken.None);
        Assert.False(CaseDesk.MayComplete(other, task, file));
        Assert.True(people.TryGet("applicant.haowei", out var own));
        Assert.True(CaseDesk.MayComplete(own, task, file));
    }

    [Fact]
    public void MayComplete_AssignedTask_OnlyTheAssignee_NotTheOtherCandidates()
    {
        var people = SampleBundles.Load("restaurant-opening").People;
        Assert.True(people.TryGet("scjgj.li", out var li));
        Assert.True(people.TryGet("scjgj.chen", out var chen));
        var queued = new CaseTask(1, "C-1", "reviewBusinessLicence", "营业执照审查", [], [], ["SFS-DCQ-SCJGJ"], 0, "review");

        Assert.True(CaseDesk.MayComplete(li, queued, null));
        Assert.True(CaseDesk.MayComplete(chen, queued, null));
        var claimed = queued with { Assignee = "scjgj.li" };
        Assert.True(CaseDesk.MayComplete(li, claimed, null));
        Assert.False(CaseDesk.MayComplete(chen, claimed, null));
    }

    [Fact]
    public async Task NextApplication_AfterAFalseCommitment_GetsNeitherToleranceNorCommitment()
    {
        var cases = await RunAsync("restaurant-opening", "commitment-check-fails");
        var submitted = RestaurantComplete.Where(m => m != "FOOD-BUSINESS-PERMIT/food-safety-rules").ToArray();

        await cases.Desk.ReceiveAsync(SampleBundles.Load("restaurant-opening").Bundle, "D-5", "91110101MA01C5XK3A", "示范市东城区好味餐饮有限公司", submitted, [new("commitmentApproval", true)], "clerk.wang", CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);
        var check = await TaskAsync(cases, "D-5", "checkMaterials");
        var tolerant = await cases.Desk.CompleteAsync(check, Vars.Of(("materialCheck", "complete")), "clerk.wang", CancellationToken.None);

        var receipt = (await cases.Store.TimelineAsync("D-5", CancellationToken.None))[0].Text;
        Assert.Contains("申请人有失信记录，不适用容缺受理和告知承诺", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("申请适用告知承诺", receipt, StringComparison.Ordinal);
        Assert.Equal("desk.materials-lacking", tolerant.Error!.Code);
        Assert.Contains("失信", tolerant.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_ReviewWithoutItsDecision_IsRefusedNamingTheField()
    {
        var cases = await OpenAsync();
        await ReceiveAndAcceptAsync(cases, "D-6", RestaurantComplete);
        var review = await TaskAsync(cases, "D-6", "reviewOutdoorSign");

        var missing = await cases.Desk.CompleteAsync(review, Vars.Of(("comment", "看过了")), "cgj.zhao", CancellationToken.None);
        var noReason = await cases.Desk.CompleteAsync(review, Vars.Of(("approved", false)), "cgj.zhao", CancellationToken.None);

        Assert.Equal("desk.decision-invalid", missing.Error!.Code);
        Assert.Equal("approved", missing.Error.Location!.Field);
        Assert.Equal("refusalReason", noReason.Error!.Location!.Field);
        Assert.NotNull(await TaskAsync(cases, "D-6", "reviewOutdoorSign"));
    }

    [Fact]
    public async Task ExtensionApproval_ByTheHeadOfAnotherDepartment_IsRefused()
    {
        var cases = await OpenAsync();
        await ReceiveAndAcceptAsync(cases, "D-7", RestaurantComplete);
        Assert.True((await cases.Desk.SendAsync("D-7", "extension-requested", Vars.None, [], "cgj.zhao", CancellationToken.None)).Succeeded);
        var approval = await TaskAsync(cases, "D-7", "approveOutdoorSignExtension");

        var otherHead = await cases.Desk.CompleteAsync(approval, Vars.Of(("extensionApproved", true)), "scjgj.chen", CancellationToken.None);
        var ownHead = await cases.Desk.CompleteAsync(approval, Vars.Of(("extensionApproved", true)), "cgj.sun", CancellationToken.None);

        Assert.Equal("desk.not-candidate", otherHead.Error!.Code);
        Assert.True(ownHead.Succeeded);
    }

    [Fact]
    public async Task Suspend_ByTheApplicantOrForAnUnknownReason_IsRefused()
    {
        var cases = await OpenAsync();
        await ReceiveAndAcceptAsync(cases, "D-8", RestaurantComplete);

        var byApplicant = await cases.Desk.SendAsync("D-8", "suspend", Vars.Of(("suspensionReason", "专家评审")), [], CaseDesk.ApplicantUser, CancellationToken.None);
        var unknown = await cases.Desk.SendAsync("D-8", "suspend", Vars.Of(("suspensionReason", "出差")), [], "cgj.zhao", CancellationToken.None);
        var known = await cases.Desk.SendAsync("D-8", "suspend", Vars.Of(("suspensionReason", "现场踏勘")), [], "cgj.zhao", CancellationToken.None);

        Assert.Equal("desk.not-allowed", byApplicant.Error!.Code);
        Assert.Equal("desk.suspension-reason-unknown", unknown.Error!.Code);
        Assert.True(known.Succeeded);
    }

    [Fact]
    public async Task Supply_OnlyPartOfThePromisedMaterials_IsRefusedNamingTheRest()
    {
        var cases = await OpenAsync();
        var submitted = RestaurantComplete.Where(m => m is not "FOOD-BUSINESS-PERMIT/food-safety-rules" and not "FOOD-BUSINESS-PERMIT/health-certificates").ToArray();
        await ReceiveAndAcceptAsync(cases, "D-9", submitted);

        var partial = await cases.Desk.SendAsync("D-9", "materials-supplied", Vars.None, ["FOOD-BUSINESS-PERMIT/food-safety-rules"], CaseDesk.ApplicantUser, CancellationToken.None);
        var whole = await cases.Desk.SendAsync("D-9", "materials-supplied", Vars.None, ["FOOD-BUSINESS-PERMIT/food-safety-rules", "FOOD-BUSINESS-PERMIT/health-certificates"], CaseDesk.ApplicantUser, CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);

        Assert.Equal("desk.supply-incomplete", partial.Error!.Code);
        Assert.Contains("FOOD-BUSINESS-PERMIT/health-certificates", partial.Error.Message, StringComparison.Ordinal);
        Assert.True(whole.Succeeded);
        var file = (await cases.Store.FindCaseAsync("D-9", CancellationToken.None))!;
        Assert.DoesNotContain(file.Materials, m => m.IsLacking);
    }

    [Fact]
    public async Task CorrectionRound_UsesTheMaterialsAsTheyAreNow_ForTheToleranceDecision()
    {
        var cases = await OpenAsync();
        var submitted = RestaurantComplete.Where(m => m is not "FOOD-BUSINESS-PERMIT/layout-and-process" and not "FOOD-BUSINESS-PERMIT/health-certificates").ToArray();
        var bundle = SampleBundles.Load("restaurant-opening").Bundle;
        await cases.Desk.ReceiveAsync(bundle, "D-10", "91110101MA01C5XK3A", "示范市东城区好味餐饮有限公司", submitted, [], "clerk.wang", CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);
        var correct = await cases.Desk.CompleteAsync(await TaskAsync(cases, "D-10", "checkMaterials"), Vars.Of(("materialCheck", "correctable")), "clerk.wang", CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);

        // The applicant brings the primary material only; the tolerable one may follow under 容缺.
        var corrected = await cases.Desk.SendAsync("D-10", "materials-corrected", Vars.None, ["FOOD-BUSINESS-PERMIT/layout-and-process"], CaseDesk.ApplicantUser, CancellationToken.None);
        var complete = await cases.Desk.CompleteAsync(await TaskAsync(cases, "D-10", "checkMaterials"), Vars.Of(("materialCheck", "complete")), "clerk.wang", CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);

        Assert.True(correct.Succeeded && corrected.Succeeded && complete.Succeeded);
        var file = (await cases.Store.FindCaseAsync("D-10", CancellationToken.None))!;
        Assert.Equal(Domain.Cases.AcceptanceKind.Tolerant, file.Acceptance);
        Assert.Equal(["FOOD-BUSINESS-PERMIT/health-certificates"], file.Tolerant!.MaterialKeys);
    }

    [Fact]
    public async Task SecondNotice_NamingAMaterialTheFirstMissed_IsRefused()
    {
        var cases = await OpenAsync();
        var submitted = RestaurantComplete.Where(m => m != "FOOD-BUSINESS-PERMIT/layout-and-process").ToArray();
        await cases.Desk.ReceiveAsync(SampleBundles.Load("restaurant-opening").Bundle, "D-11", "91110101MA01C5XK3A", "示范市东城区好味餐饮有限公司", submitted, [], "clerk.wang", CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);
        await cases.Desk.CompleteAsync(await TaskAsync(cases, "D-11", "checkMaterials"), Vars.Of(("materialCheck", "correctable")), "clerk.wang", CancellationToken.None);
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);
        await cases.Desk.SendAsync("D-11", "materials-corrected", Vars.None, ["FOOD-BUSINESS-PERMIT/layout-and-process"], CaseDesk.ApplicantUser, CancellationToken.None);
        var check = await TaskAsync(cases, "D-11", "checkMaterials");

        var newDefect = await cases.Desk.CompleteAsync(check, Vars.Of(("materialCheck", "correctable"), ("defects", FeelValue.Context([new("OUTDOOR-SIGN/sign-design", FeelValue.String("未标注尺寸"))]))), "clerk.wang", CancellationToken.None);
        var sameMaterial = await cases.Desk.CompleteAsync(check, Vars.Of(("materialCheck", "correctable"), ("defects", FeelValue.Context([new("FOOD-BUSINESS-PERMIT/layout-and-process", FeelValue.String("未标注设备位置"))]))), "clerk.wang", CancellationToken.None);

        Assert.Equal("desk.second-notice", newDefect.Error!.Code);
        Assert.Contains("OUTDOOR-SIGN/sign-design", newDefect.Error.Message, StringComparison.Ordinal);
        Assert.True(sameMaterial.Succeeded);
    }

    private async Task<DurableCases> OpenAsync() =>
        await DurableCases.OpenAsync(new DatabaseOptions { DataFolder = data.Path }, SampleBundles.Load("restaurant-opening"), SampleBundles.Clock, clock);

    private async Task<DurableCases> RunAsync(string bundle, string scenario)
    {
        var samples = SampleBundles.Load(bundle);
        var cases = await DurableCases.OpenAsync(new DatabaseOptions { DataFolder = data.Path }, samples, SampleBundles.Clock, clock);
        var (loaded, errors) = ScenarioLoader.Load(SampleBundles.ScenarioPath(bundle, scenario));
        Assert.True(loaded is not null, string.Join('\n', errors));
        await cases.Runner.RunAsync(samples.Bundle, loaded);
        return cases;
    }

    private static async Task ReceiveAndAcceptAsync(DurableCases cases, string caseId, string[] submitted)
    {
        var received = await cases.Desk.ReceiveAsync(SampleBundles.Load("restaurant-opening").Bundle, caseId, "91110101MA01C5XK3A", "示范市东城区好味餐饮有限公司", submitted, [], "clerk.wang", CancellationToken.None);
        Assert.True(received.Succeeded, received.Error?.ToString());
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);
        var accepted = await cases.Desk.CompleteAsync(await TaskAsync(cases, caseId, "checkMaterials"), Vars.Of(("materialCheck", "complete")), "clerk.wang", CancellationToken.None);
        Assert.True(accepted.Succeeded, accepted.Error?.ToString());
        await cases.Desk.Workflow.RunJobsAsync(CancellationToken.None);
    }

    private static async Task<CaseTask> TaskAsync(DurableCases cases, string caseId, string nodeId) =>
        (await cases.Desk.Workflow.OpenTasksAsync(caseId, CancellationToken.None)).Single(t => t.NodeId == nodeId);
}
