using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Parsing;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Workflows;

/// <summary>The 一件事 chains in <c>workflows/</c>: valid for the engine, complete diagrams, and runnable end to end.</summary>
public sealed class WorkflowFileTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace Di = "http://www.omg.org/spec/DD/20100524/DI";

    private static readonly HashSet<string> FlowNodeKinds =
    [
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
        "task", "userTask", "serviceTask", "sendTask", "receiveTask", "manualTask", "businessRuleTask", "scriptTask",
        "callActivity", "subProcess", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway",
    ];

    public static TheoryData<string> Files => [.. FileNames()];

    /// <summary>The chains with 容缺受理: the join before decide waits for the missing materials.</summary>
    public static TheoryData<string> TolerantFiles => ["completion-acceptance.bpmn", "newborn.bpmn", "restaurant-opening.bpmn"];

    private static string Folder => Path.Combine(RepositoryPaths.Root, "workflows");

    private static string[] FileNames() =>
        [.. Directory.GetFiles(Folder, "*.bpmn").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Folder_HoldsTheFourChains() =>
        Assert.Equal(["company-opening.bpmn", "completion-acceptance.bpmn", "newborn.bpmn", "restaurant-opening.bpmn"], FileNames());

    [Theory]
    [MemberData(nameof(Files))]
    public void File_ParsesAndCompilesWithoutProblems(string file)
    {
        var parsed = BpmnParser.Parse(File.ReadAllText(Path.Combine(Folder, file)), file);
        Assert.True(parsed.Problems.Count == 0, string.Join('\n', parsed.Problems));
        var compiled = ProcessCompiler.Compile(parsed.Document!);
        Assert.True(compiled.Problems.Count == 0, string.Join('\n', compiled.Problems));
        Assert.NotNull(compiled.Process);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Diagram_HasAShapeForEveryNodeAndAnEdgeForEveryFlow(string file)
    {
        var xml = Load(file);
        var process = Assert.Single(xml.Root!.Elements(Bpmn + "process"));
        var plane = Assert.Single(xml.Descendants(BpmnDi + "BPMNPlane"));
        Assert.Equal((string?)process.Attribute("id"), (string?)plane.Attribute("bpmnElement"));
        var shapes = plane.Elements(BpmnDi + "BPMNShape").ToDictionary(s => (string)s.Attribute("bpmnElement")!, StringComparer.Ordinal);
        var edges = plane.Elements(BpmnDi + "BPMNEdge").ToDictionary(e => (string)e.Attribute("bpmnElement")!, StringComparer.Ordinal);

        foreach (var node in process.Descendants().Where(e => e.Name.Namespace == Bpmn && FlowNodeKinds.Contains(e.Name.LocalName)))
        {
            var id = (string)node.Attribute("id")!;
            Assert.True(shapes.TryGetValue(id, out var shape), $"{file}: {id} has no BPMNShape");
            Assert.False(string.IsNullOrWhiteSpace((string?)node.Attribute("name")),
                $"{file}: {id} has no Chinese name");
            var (_, _, width, height) = Bounds(shape);
            var expected = node.Name.LocalName switch
            {
                "subProcess" => (0m, 0m),
                var k when k.EndsWith("Event", StringComparison.Ordinal) => (36m, 36m),
                var k when k.EndsWith("Gateway", StringComparison.Ordinal) => (50m, 50m),
                _ => (100m, 80m),
            };
            if (node.Name.LocalName == "subProcess")
            {
                Assert.Equal("true", (string?)shape.Attribute("isExpanded"));
            }
            else
            {
                Assert.Equal(expected, (width, height));
            }
        }

        foreach (var flow in process.Descendants(Bpmn + "sequenceFlow"))
        {
            var id = (string)flow.Attribute("id")!;
            Assert.True(edges.TryGetValue(id, out var edge), $"{file}: {id} has no BPMNEdge");
            Assert.True(edge.Elements(Di + "waypoint").Count() >= 2, $"{file}: {id} has fewer than two waypoints");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Diagram_ShapesDoNotOverlap(string file)
    {
        var xml = Load(file);
        var elements = xml.Root!.Element(Bpmn + "process")!.Descendants().Where(e => e.Attribute("id") is not null)
            .ToDictionary(e => (string)e.Attribute("id")!, StringComparer.Ordinal);
        var shapes = xml.Descendants(BpmnDi + "BPMNShape")
            .Select(s => (Id: (string)s.Attribute("bpmnElement")!, Box: Bounds(s)))
            .ToList();

        var overlaps = new List<string>();
        for (var i = 0; i < shapes.Count; i++)
        {
            for (var j = i + 1; j < shapes.Count; j++)
            {
                var (a, b) = (elements[shapes[i].Id], elements[shapes[j].Id]);
                var nested = a.Descendants().Contains(b) || b.Descendants().Contains(a);
                var attached = (string?)a.Attribute("attachedToRef") == shapes[j].Id || (string?)b.Attribute("attachedToRef") == shapes[i].Id;
                if (!nested && !attached && Intersect(shapes[i].Box, shapes[j].Box))
                {
                    overlaps.Add($"{shapes[i].Id} × {shapes[j].Id}");
                }
            }
        }

        Assert.True(overlaps.Count == 0, $"{file}: overlapping shapes: {string.Join(", ", overlaps)}");
    }

    [Fact]
    public async Task BpmnModdle_ImportsEveryFileWithoutWarnings()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "bpmn-moddle-check");
        Assert.True(
            File.Exists(Path.Combine(folder, "node_modules", "bpmn-moddle", "package.json")),
            $"bpmn-moddle is not installed at {Path.Combine(folder, "node_modules")}: run `npm ci --prefix tests/bpmn-moddle-check` in the repository root (eng/test.sh does).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("check.mjs");
        foreach (var file in Directory.GetFiles(Folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            start.ArgumentList.Add(file);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = node.StandardError.ReadToEndAsync(timeout.Token);
        await node.WaitForExitAsync(timeout.Token);
        var (output, errors) = (await stdout, await stderr);
        Assert.True(node.ExitCode == 0, $"bpmn-moddle reported problems (exit {node.ExitCode}):\n{output}\n{errors}");
        Assert.Equal(FileNames().Length, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Items_OnEveryTask_AreTheBundlesItemsAndEachReviewMatchesItsItemsDepartment(string file)
    {
        var process = Processes.CompileFile(Path.Combine(Folder, file));
        var bundle = BundleItems(file);
        string[] Items(ExecutableNode node) =>
            node.Properties.TryGetValue("items", out var items) ? items.Split(',') : [];

        foreach (var node in process.Nodes)
        {
            var items = Items(node);
            Assert.True(items.All(bundle.ContainsKey), $"{file}: {node.Id} names an item outside the bundle: {string.Join(',', items)}");
            Assert.Equal(items.Length, items.Distinct(StringComparer.Ordinal).Count());
            if (node.Kind == NodeKind.UserTask && node.Id.StartsWith("review", StringComparison.Ordinal))
            {
                var item = Assert.Single(items);
                Assert.Equal(bundle[item], node.Properties["candidateDepartments"]);
            }
        }

        foreach (var id in new[] { "decide", "issueCertificate" })
        {
            Assert.True(process.TryGetNode(id, out var node));
            Assert.Equal(bundle.Keys.Order(StringComparer.Ordinal), Items(node).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extends_OnEveryExtension_NamesAnActivityWithAnOverdueTimer(string file)
    {
        var process = Processes.CompileFile(Path.Combine(Folder, file));
        foreach (var node in process.Nodes.Where(n => n.Properties.ContainsKey("extends") || n.ActivityType == "ExtendDeadline"))
        {
            Assert.Equal("ExtendDeadline", node.ActivityType);
            Assert.True(process.TryGetNode(node.Properties["extends"], out var extended), $"{file}: {node.Id} extends a missing node");
            Assert.True(extended.Kind is NodeKind.UserTask or NodeKind.SubProcess, $"{file}: {node.Id} extends {extended.Id}, neither a user task nor a sub-process");
            Assert.Contains(extended.Boundaries, b => process.Nodes[b].Trigger == EventTrigger.Timer && process.Nodes[b].Interrupting);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FrontDesk_NoCorrectionNoticeWithinFiveWorkingDays_DeemsAcceptedAndStartsTheClock(string file)
    {
        var run = Start(file);
        run.CompleteActivity("receive", ("applicantValid", true), ("missingPrimary", 1), ("missingTolerable", 0), ("badCredit", false));

        // Received Monday 2026-03-02 09:00 Beijing: the notice is due by the end of Monday 03-09 (UTC in the test calendar).
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 0, 0), run.Bookmark("correctionNoticeOverdue", BookmarkKind.Timer).DueAt);
        run.FireTimer("correctionNoticeOverdue");
        Assert.DoesNotContain("checkMaterials", run.Waiting);

        run.CompleteActivity("deemAccepted");
        run.CompleteActivity("startClock");
        Assert.Equal(InstanceStatus.Running, run.State.Status);
        Assert.DoesNotContain("issueCorrectionNotice", run.Completed);
        Assert.Contains(run.State.Bookmarks, b => b.Kind == BookmarkKind.Task);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FrontDesk_CorrectionPeriodExpires_ClosesTheCaseAsWithdrawn(string file)
    {
        var run = Start(file);
        run.CompleteActivity("receive", ("applicantValid", true), ("missingPrimary", 1), ("missingTolerable", 0), ("badCredit", false));
        run.Complete("checkMaterials", ("materialCheck", "correctable"));
        Assert.DoesNotContain("correctionNoticeOverdue", run.Waiting);

        run.CompleteActivity("issueCorrectionNotice");
        Assert.Equal(["correctionExpired", "materialsCorrected"], run.Waiting.Order(StringComparer.Ordinal));
        Assert.Equal(Instant.FromUtc(2026, 3, 17, 0, 0), run.Bookmark("correctionExpired").DueAt); // correctionDays = 10
        run.FireTimer("correctionExpired");
        run.CompleteActivity("closeUncorrected");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains("withdrawn", run.Completed);
        Assert.DoesNotContain("deemAccepted", run.Completed);
        Assert.DoesNotContain("startClock", run.Completed);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FrontDesk_MaterialsRefused_RecordsTheRefusalThenEnds(string file)
    {
        var run = Start(file);
        run.CompleteActivity("receive", ("applicantValid", true), ("missingPrimary", 0), ("missingTolerable", 0), ("badCredit", false));
        run.Complete("checkMaterials", ("materialCheck", "refuse"), ("refusalReason", "不属于本机关职权范围"));

        Assert.Equal(["refuseApplication"], run.Waiting);
        run.CompleteActivity("refuseApplication");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains("refused", run.Completed);
        Assert.DoesNotContain("startClock", run.Completed);
    }

    [Theory]
    [MemberData(nameof(TolerantFiles))]
    public void Tolerant_MaterialsSuppliedBeforeReviewEnds_DecidesWhenTheReviewEnds(string file)
    {
        var run = Start(file);
        AcceptTolerant(run);
        run.Deliver("materials-supplied");
        Assert.DoesNotContain("supplyDeadline", run.Waiting);
        run.CompleteActivity("recordSupply");
        Assert.DoesNotContain("decide", run.Waiting);

        CompleteHandling(run, file);
        Assert.Single(run.Completed, id => id == "toDecision");
        FinishGranted(run);
    }

    [Theory]
    [MemberData(nameof(TolerantFiles))]
    public void Tolerant_ReviewEndsBeforeMaterialsSupplied_DecideWaitsForTheSupply(string file)
    {
        var run = Start(file);
        AcceptTolerant(run);
        CompleteHandling(run, file);
        Assert.Equal(["materialsSupplied", "supplyDeadline"], run.Waiting.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("toDecision", run.Completed);

        run.Deliver("materials-supplied");
        run.CompleteActivity("recordSupply");
        Assert.Single(run.Completed, id => id == "toDecision");
        FinishGranted(run);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FullAcceptance_ReviewEnds_DecidesWithoutWaiting(string file)
    {
        var run = Start(file);
        ReceiveAndAccept(run);
        CompleteHandling(run, file);
        Assert.Equal(["decide"], run.Waiting);
        FinishGranted(run);
        Assert.DoesNotContain("recordSupply", run.Completed);
    }

    [Theory]
    [MemberData(nameof(TolerantFiles))]
    public void Tolerant_SupplyPeriodExpiresWhileDecideWaits_RevokesTheCase(string file)
    {
        var run = Start(file);
        AcceptTolerant(run);
        CompleteHandling(run, file);
        run.FireTimer("supplyDeadline");
        Assert.Equal(["revokeCase"], run.Waiting);
        Assert.False(run.Try(new DeliverMessage("materials-supplied", Vars.None)).Succeeded);
        run.CompleteActivity("revokeCase");

        Assert.Equal(InstanceStatus.Terminated, run.State.Status);
        Assert.Empty(run.State.Bookmarks);
        Assert.DoesNotContain("decide", run.Completed);
    }

    [Fact]
    public void RestaurantOpening_HappyPath_RunsToCompletion()
    {
        var run = Start("restaurant-opening.bpmn");
        ReceiveAndAccept(run);
        run.Complete("reviewBusinessLicence", ("approved", true));
        run.Complete("reviewFoodPermit", ("approved", true));
        run.Complete("reviewOutdoorSign", ("approved", true));
        run.CompleteActivity("decide", ("granted", true), ("combinedLicence", true));
        run.CompleteActivity("issueCertificate");
        run.CompleteActivity("deliver");
        run.Complete("rate", ("rating", 5));

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains("closed", run.Completed);
        Assert.Contains("noPostCheck", run.Completed);
    }

    [Fact]
    public void RestaurantOpening_TolerantCommitmentAndPoorRating_SuppliesThenRevokesOnFailedPostCheck()
    {
        var run = Start("restaurant-opening.bpmn", ("commitmentApproval", true));
        run.CompleteActivity("receive", ("applicantValid", true), ("missingPrimary", 0), ("missingTolerable", 1), ("badCredit", false));
        run.Complete("checkMaterials", ("materialCheck", "correctable"));
        run.CompleteActivity("issueCorrectionNotice");
        run.Deliver("materials-corrected");
        Assert.Contains("correctionNoticeOverdue", run.Waiting);
        run.Complete("checkMaterials", ("materialCheck", "complete"));
        run.CompleteActivity("acceptTolerant", ("tolerantDays", 5), ("tolerantDue", "2026-03-09"));
        run.CompleteActivity("startClock");
        Assert.Contains("supplyDeadline", run.Waiting);

        run.Deliver("materials-supplied");
        run.CompleteActivity("recordSupply");
        run.Complete("reviewBusinessLicence", ("approved", true));
        run.CompleteActivity("approveOnCommitment");
        run.Deliver("extension-requested");
        run.Complete("approveOutdoorSignExtension", ("extensionApproved", true));
        run.CompleteActivity("extendOutdoorSignDeadline");
        run.Deliver("suspend");
        run.CompleteActivity("suspendClock");
        run.Deliver("resume");
        run.CompleteActivity("resumeClock");
        run.Complete("reviewOutdoorSign", ("approved", true));
        run.CompleteActivity("decide", ("granted", true), ("combinedLicence", true));
        run.CompleteActivity("issueCertificate");
        run.CompleteActivity("deliver");
        run.Complete("rate", ("rating", 1));
        run.FireTimer("followUpOverdue");
        run.Complete("superviseFollowUp");
        run.Complete("ratingFollowUp");
        run.FireTimer("postCheckDue");
        run.Complete("postCheck", ("postCheckPassed", false));
        run.CompleteActivity("revokeDecision");
        run.CompleteActivity("recordBadCredit");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains("recordSupply", run.Completed);
        Assert.Contains("decisionRevoked", run.Completed);
        Assert.Contains("followedUp", run.Completed);
    }

    [Fact]
    public void RestaurantOpening_TolerantMaterialsNotSupplied_RevokesTheCase()
    {
        var run = Start("restaurant-opening.bpmn");
        run.CompleteActivity("receive", ("applicantValid", true), ("missingPrimary", 0), ("missingTolerable", 2), ("badCredit", false));
        run.Complete("checkMaterials", ("materialCheck", "complete"));
        run.CompleteActivity("acceptTolerant", ("tolerantDays", 3), ("tolerantDue", "2026-03-05"));
        run.CompleteActivity("startClock");
        run.FireTimer("supplyDeadline");
        run.CompleteActivity("revokeCase");

        Assert.Equal(InstanceStatus.Terminated, run.State.Status);
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public void RestaurantOpening_OneItemRefused_DeliversTheRefusal()
    {
        var run = Start("restaurant-opening.bpmn");
        ReceiveAndAccept(run);
        run.FireTimer("businessLicenceOverdue");
        run.Complete("superviseBusinessLicence");
        run.Complete("reviewFoodPermit", ("approved", false));
        Assert.DoesNotContain("reviewOutdoorSign", run.Waiting);

        run.CompleteActivity("decide", ("granted", false));
        run.CompleteActivity("deliver");
        run.Complete("rate", ("rating", 4));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.DoesNotContain("issueCertificate", run.Completed);
    }

    [Fact]
    public void RestaurantOpening_OneItemRefusedUnderTolerance_DecideWaitsForTheSupply()
    {
        var run = Start("restaurant-opening.bpmn");
        AcceptTolerant(run);
        run.Complete("reviewFoodPermit", ("approved", false));
        Assert.Equal(["materialsSupplied", "supplyDeadline"], run.Waiting.Order(StringComparer.Ordinal));

        run.Deliver("materials-supplied");
        run.CompleteActivity("recordSupply");
        run.CompleteActivity("decide", ("granted", false));
        run.CompleteActivity("deliver");
        run.Complete("rate", ("rating", 4));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void CompanyOpening_HappyPath_RunsToCompletion()
    {
        var run = Start("company-opening.bpmn");
        ReceiveAndAccept(run);
        CompleteHandling(run, "company-opening.bpmn");
        FinishGranted(run);
    }

    [Fact]
    public void CompanyOpening_NotDoneOnTheSameDay_SupervisesWhileTheHandlingGoesOn()
    {
        var run = Start("company-opening.bpmn");
        ReceiveAndAccept(run);
        run.FireTimer("sameDayOverdue");
        Assert.Contains("superviseSameDay", run.Waiting);
        Assert.Contains("reviewRegistration", run.Waiting);
    }

    [Fact]
    public void CompletionAcceptance_OneFailureAndRectification_RunsToCompletion()
    {
        var run = Start("completion-acceptance.bpmn");
        ReceiveAndAccept(run);
        Assert.Equal(4, run.State.Bookmarks.Count(b => b.NodeId == "inspect"));

        var tasks = run.State.Bookmarks.Where(b => b.NodeId == "inspect").Select(b => b.Key).ToList();
        run.Must(new CompleteTask(tasks[0], Vars.Of(("passed", true))));
        run.Must(new CompleteTask(tasks[1], Vars.Of(("passed", false))));
        run.Must(new CompleteTask(tasks[2], Vars.Of(("passed", true))));
        run.Must(new CompleteTask(tasks[3], Vars.Of(("passed", true))));
        run.Complete("rectify");
        run.Complete("inspect", ("passed", true));

        run.CompleteActivity("decide", ("granted", true));
        run.CompleteActivity("issueCertificate");
        run.CompleteActivity("deliver");
        run.Complete("rate", ("rating", 3));

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(5, run.Completed.Count(id => id == "inspect"));
    }

    [Fact]
    public void CompletionAcceptance_FifteenWorkingDaysPass_SupervisorDecides()
    {
        var run = Start("completion-acceptance.bpmn", ("inspectingDepartments", new[] { "SFS-ZJJ" }), ("inspectionLimit", 20));
        ReceiveAndAccept(run);
        run.FireTimer("acceptanceOverdue");
        Assert.DoesNotContain("inspect", run.Waiting);

        run.Complete("superviseAcceptance");
        run.CompleteActivity("decide", ("granted", false));
        run.CompleteActivity("deliver");
        run.Complete("rate", ("rating", 5));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void Newborn_HappyPath_RunsToCompletion()
    {
        var run = Start("newborn.bpmn");
        ReceiveAndAccept(run);
        CompleteHandling(run, "newborn.bpmn");
        FinishGranted(run);
    }

    /// <summary>Start variables of each chain, as the bundle would set them.</summary>
    private static (string Name, object? Value)[] StartVariables(string file) => file switch
    {
        "restaurant-opening.bpmn" =>
        [
            ("businessLicenceLimit", 1), ("foodPermitLimit", 5), ("outdoorSignLimit", 5), ("postCheckDays", 20), ("commitmentApproval", false),
            ("followUpDays", 5), ("correctionDays", 10),
        ],
        "company-opening.bpmn" =>
        [
            ("registrationLimit", 1), ("sealLimit", 1), ("taxLimit", 1), ("bankAccountLimit", 1), ("socialInsuranceLimit", 1),
            ("followUpDays", 5), ("correctionDays", 10),
        ],
        "completion-acceptance.bpmn" =>
        [
            ("inspectingDepartments", new[] { "SFS-ZRZYJ", "SFS-ZJJ", "SFS-RFB", "SFS-CJDAG" }), ("inspectionLimit", 10),
            ("followUpDays", 5), ("correctionDays", 10),
        ],
        "newborn.bpmn" =>
        [
            ("birthCertificateLimit", 5), ("householdLimit", 5), ("medicalInsuranceLimit", 5), ("socialSecurityCardLimit", 10),
            ("followUpDays", 5), ("correctionDays", 10),
        ],
        _ => throw new ArgumentException("No start variables for " + file, nameof(file)),
    };

    /// <summary>Completes the review part of a chain with every item approved (every inspection passed).</summary>
    private static void CompleteHandling(ProcessRun run, string file)
    {
        string[] reviews = file switch
        {
            "restaurant-opening.bpmn" => ["reviewBusinessLicence", "reviewFoodPermit", "reviewOutdoorSign"],
            "company-opening.bpmn" => ["reviewRegistration", "reviewSeal", "reviewTax", "reviewBankAccount", "reviewSocialInsurance"],
            "newborn.bpmn" => ["reviewBirthCertificate", "reviewHousehold", "reviewMedicalInsurance", "reviewSocialSecurityCard"],
            _ => [],
        };
        foreach (var review in reviews)
        {
            run.Complete(review, ("approved", true));
        }

        foreach (var inspection in run.State.Bookmarks.Where(b => b.NodeId == "inspect").Select(b => b.Key).ToList())
        {
            run.Must(new CompleteTask(inspection, Vars.Of(("passed", true))));
        }
    }

    private static void ReceiveAndAccept(ProcessRun run)
    {
        run.CompleteActivity("receive", ("applicantValid", true), ("missingPrimary", 0), ("missingTolerable", 0), ("badCredit", false));
        run.Complete("checkMaterials", ("materialCheck", "complete"));
        run.CompleteActivity("startClock");
    }

    private static void AcceptTolerant(ProcessRun run)
    {
        run.CompleteActivity("receive", ("applicantValid", true), ("missingPrimary", 0), ("missingTolerable", 1), ("badCredit", false));
        run.Complete("checkMaterials", ("materialCheck", "complete"));
        run.CompleteActivity("acceptTolerant", ("tolerantDays", 5), ("tolerantDue", "2026-03-09"));
        run.CompleteActivity("startClock");
    }

    private static void FinishGranted(ProcessRun run)
    {
        run.CompleteActivity("decide", ("granted", true));
        run.CompleteActivity("issueCertificate");
        run.CompleteActivity("deliver");
        run.Complete("rate", ("rating", 5));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    /// <summary>Item code → department code of <c>samples/catalog/bundle-&lt;chain&gt;.yaml</c> (top-level items only).</summary>
    private static Dictionary<string, string> BundleItems(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "samples", "catalog", "bundle-" + Path.ChangeExtension(file, ".yaml"));
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        string? code = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("  - code: ", StringComparison.Ordinal))
            {
                code = line["  - code: ".Length..].Trim();
            }
            else if (code is not null && line.StartsWith("    department: ", StringComparison.Ordinal))
            {
                items[code] = line["    department: ".Length..].Trim();
                code = null;
            }
        }

        Assert.NotEmpty(items);
        return items;
    }

    /// <summary>Starts a chain with its start variables, some replaced.</summary>
    private static ProcessRun Start(string file, params (string Name, object? Value)[] overrides)
    {
        var variables = StartVariables(file).Where(v => !overrides.Any(o => o.Name == v.Name)).Concat(overrides).ToArray();
        return ProcessRun.Start(new ProcessInterpreter(Processes.CompileFile(Path.Combine(Folder, file)), Processes.Options), Vars.Of(variables));
    }

    private static XDocument Load(string file) => XDocument.Load(Path.Combine(Folder, file));

    private static (decimal X, decimal Y, decimal Width, decimal Height) Bounds(XElement shape)
    {
        var b = shape.Element(Dc + "Bounds")!;
        decimal Read(string name) => decimal.Parse((string)b.Attribute(name)!, CultureInfo.InvariantCulture);
        return (Read("x"), Read("y"), Read("width"), Read("height"));
    }

    private static bool Intersect((decimal X, decimal Y, decimal W, decimal H) a, (decimal X, decimal Y, decimal W, decimal H) b) =>
        a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
}
