using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Model;
using GovWorkflow.Engine.Parsing;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Definitions;

/// <summary>Definition versions: upload drafts, publish atomically, and hand out compiled interpreters of any version.</summary>
/// <remarks>
/// A published version never changes, so its compiled interpreter is cached for the life of the process; a
/// running instance keeps the version it started with, and old versions stay runnable.
/// </remarks>
public sealed class DefinitionService(Func<RuntimeDbContext> contexts, IClock clock, EngineOptions engineOptions)
{
    private readonly ConcurrentDictionary<(string ProcessId, int Version), ProcessInterpreter> interpreters = new();

    /// <summary>Saves the XML as a new draft version after parsing it; a file that does not parse is refused whole.</summary>
    public async Task<PublishResult> UploadDraftAsync(string bpmnXml, string fileName, string actor, CancellationToken cancellationToken = default)
    {
        var parsed = BpmnParser.Parse(bpmnXml, fileName);
        if (parsed.Document is not { } document || parsed.Problems.Count > 0)
        {
            return new PublishResult(null, parsed.Problems);
        }

        var process = Engine.Validation.ExecutableValidator.ChooseProcess(document);
        if (process is null)
        {
            return new PublishResult(null, [new BpmnProblem("bpmn.process-missing", "文件中没有可执行的流程：请把要运行的流程标记为 isExecutable=\"true\"。", fileName, 1, 1, null)]);
        }

        await using var context = contexts();
        var record = await SaveVersionAsync(context, process, bpmnXml, DefinitionStatus.Draft, actor, cancellationToken).ConfigureAwait(false);
        return new PublishResult(record, []);
    }

    /// <summary>Validates, compiles and publishes the XML as the newest version, in one transaction; with any problem nothing is saved.</summary>
    public async Task<PublishResult> PublishAsync(string bpmnXml, string fileName, string actor, CancellationToken cancellationToken = default)
    {
        var parsed = BpmnParser.Parse(bpmnXml, fileName);
        if (parsed.Document is not { } document || parsed.Problems.Count > 0)
        {
            return new PublishResult(null, parsed.Problems);
        }

        var compiled = ProcessCompiler.Compile(document);
        if (compiled.Process is not { } executable)
        {
            return new PublishResult(null, compiled.Problems);
        }

        var process = document.FindProcess(executable.Id)!;
        await using var context = contexts();
        var record = await SaveVersionAsync(context, process, bpmnXml, DefinitionStatus.Published, actor, cancellationToken).ConfigureAwait(false);
        interpreters.TryAdd((record.ProcessId, record.Version), new ProcessInterpreter(executable, engineOptions));
        return new PublishResult(record, []);
    }

    /// <summary>Publishes a saved draft after validating and compiling it; a draft with problems stays a draft.</summary>
    public async Task<PublishResult> PublishDraftAsync(string processId, int version, string actor, CancellationToken cancellationToken = default)
    {
        await using var context = contexts();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var record = await context.Definitions.SingleOrDefaultAsync(d => d.ProcessId == processId && d.Version == version, cancellationToken).ConfigureAwait(false);
        if (record is not { Status: DefinitionStatus.Draft })
        {
            var reason = record is null ? "不存在" : "不是草稿（已发布或已停用的版本不能再发布）";
            return new PublishResult(null, [new BpmnProblem("definition.not-a-draft", $"流程 {processId} 的版本 {version} {reason}。", $"{processId}-v{version}.bpmn", 0, 0, null)]);
        }

        var parsed = BpmnParser.Parse(record.BpmnXml, $"{processId}-v{version}.bpmn");
        var compiled = ProcessCompiler.Compile(parsed.Document!, processId);
        if (compiled.Process is not { } executable)
        {
            return new PublishResult(null, compiled.Problems);
        }

        var now = clock.GetCurrentInstant();
        record.Status = DefinitionStatus.Published;
        record.PublishedAt = now;
        context.Audit.Add(new AuditRecord { Actor = actor, Action = "definition.publish", At = now, Before = "{\"status\":\"draft\"}", After = $"{{\"processId\":\"{processId}\",\"version\":{version}}}" });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        interpreters.TryAdd((processId, version), new ProcessInterpreter(executable, engineOptions));
        return new PublishResult(record, []);
    }

    /// <summary>Retires a published version: it starts no new instances; running ones finish on it. Returns false when it was not published.</summary>
    public async Task<bool> RetireAsync(string processId, int version, string actor, CancellationToken cancellationToken = default)
    {
        await using var context = contexts();
        var now = clock.GetCurrentInstant();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await context.Definitions
            .Where(d => d.ProcessId == processId && d.Version == version && d.Status == DefinitionStatus.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DefinitionStatus.Retired), cancellationToken).ConfigureAwait(false);
        if (changed == 1)
        {
            context.Audit.Add(new AuditRecord { Actor = actor, Action = "definition.retire", At = now, After = $"{{\"processId\":\"{processId}\",\"version\":{version}}}" });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>The newest published version of a process, or null.</summary>
    public static async Task<DefinitionRecord?> LatestPublishedAsync(RuntimeDbContext context, string processId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.Definitions.AsNoTracking()
            .Where(d => d.ProcessId == processId && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The interpreter of one version (published or retired), compiled once.</summary>
    /// <exception cref="InvalidOperationException">The version does not exist or no longer compiles (the engine changed under it).</exception>
    public async Task<ProcessInterpreter> InterpreterAsync(RuntimeDbContext context, string processId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (interpreters.TryGetValue((processId, version), out var cached))
        {
            return cached;
        }

        var record = await context.Definitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.ProcessId == processId && d.Version == version, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Definition {processId} version {version} does not exist.");
        var parsed = BpmnParser.Parse(record.BpmnXml, $"{processId}-v{version}.bpmn");
        var compiled = ProcessCompiler.Compile(parsed.Document!, processId);
        var interpreter = new ProcessInterpreter(
            compiled.Process ?? throw new InvalidOperationException($"Definition {processId} version {version} no longer compiles: {string.Join("; ", compiled.Problems)}"),
            engineOptions);
        return interpreters.GetOrAdd((processId, version), interpreter);
    }

    private async Task<DefinitionRecord> SaveVersionAsync(RuntimeDbContext context, BpmnProcess process, string xml, DefinitionStatus status, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var last = await context.Definitions.Where(d => d.ProcessId == process.Id).MaxAsync(d => (int?)d.Version, cancellationToken).ConfigureAwait(false) ?? 0;
        var now = clock.GetCurrentInstant();
        var record = new DefinitionRecord
        {
            ProcessId = process.Id,
            Version = last + 1,
            Status = status,
            Name = process.Name,
            BpmnXml = xml,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml))),
            NodeCount = process.AllFlowElements.Count(e => e is FlowNode),
            CreatedBy = actor,
            CreatedAt = now,
            PublishedAt = status == DefinitionStatus.Published ? now : null,
        };
        context.Definitions.Add(record);
        context.Audit.Add(new AuditRecord
        {
            Actor = actor,
            Action = status == DefinitionStatus.Published ? "definition.publish" : "definition.upload",
            At = now,
            After = $"{{\"processId\":\"{process.Id}\",\"version\":{record.Version},\"hash\":\"{record.ContentHash}\"}}",
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }
}
