using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Engine.Parsing;
using GovWorkflow.Engine.Validation;
using NodaTime;
using Xunit.Abstractions;

namespace GovWorkflow.Engine.Tests.Parsing;

/// <summary>Feeds mutated MIWG files to the parser and validator: no input may make either throw.</summary>
/// <remarks>
/// An input that once broke them is written to <c>FuzzCorpus/</c> in the source tree, committed, and replayed by
/// <see cref="Corpus_EveryKeptInput_ParsesAndValidatesWithoutThrowing"/> on every run.
/// </remarks>
public sealed class ParserFuzzTests
{
    private const int Partitions = 8;

    private static readonly Lazy<IReadOnlyList<BpmnMutator.Seed>> Seeds = new(() => BpmnMutator.LoadSeeds(MiwgFiles.All));

    private readonly ITestOutputHelper _output;

    public ParserFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string CorpusFolder => Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Engine.Tests", "Parsing", "FuzzCorpus");

    [Fact]
    public void Fuzz_TwoThousandMutations_NeverThrow() => Run(2_000, randomSeed: 20260302);

    [Fact]
    [Trait("Category", "Slow")]
    public void Fuzz_HundredThousandMutations_NeverThrow() => Run(100_000, randomSeed: 42);

    [Fact]
    public void Corpus_EveryKeptInput_ParsesAndValidatesWithoutThrowing()
    {
        var files = Directory.GetFiles(CorpusFolder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Feed(File.ReadAllBytes(file), Path.GetFileName(file));
        }
    }

    private static readonly IReadOnlyDictionary<string, FeelValue> FuzzVariables = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
    private static readonly Instant FuzzNow = Instant.FromUtc(2026, 3, 2, 1, 0);

    internal static void Feed(byte[] bytes, string name)
    {
        var result = BpmnParser.Parse(new MemoryStream(bytes), name);
        if (result.Document is not { } document)
        {
            return;
        }

        ExecutableValidator.Validate(document, expressions: FeelSyntaxChecker.Instance);
        foreach (var process in document.Processes)
        {
            // A process that compiles must also start without an exception (a refusal is an answer, not a crash).
            if (ProcessCompiler.Compile(document, process.Id).Process is { } compiled)
            {
                new ProcessInterpreter(compiled).Start(new StartInstance("fuzz", "1", FuzzVariables), FuzzNow);
            }
        }

        document.Save(Stream.Null);
    }

    private void Run(int mutations, int randomSeed)
    {
        var seeds = Seeds.Value;
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, Partitions, partition =>
        {
            var mutator = new BpmnMutator(seeds, randomSeed + partition);
            for (var i = partition; i < mutations; i += Partitions)
            {
                var (bytes, name) = mutator.Next();
                try
                {
                    Feed(bytes, name);
                }
                catch (Exception ex)
                {
                    failures.Add($"{name}: {ex.GetType().Name}: {ex.Message} -> {Keep(bytes)}");
                }
            }
        });
        _output.WriteLine($"{mutations} mutations in {clock.Elapsed.TotalSeconds:F1} s ({mutations / clock.Elapsed.TotalSeconds:F0}/s)");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
    }

    private static string Keep(byte[] bytes)
    {
        var path = Path.Combine(CorpusFolder, "crash-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + ".bpmn");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
