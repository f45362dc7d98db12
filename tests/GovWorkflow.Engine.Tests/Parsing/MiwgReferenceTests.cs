using System.Xml.Linq;
using GovWorkflow.Engine.Parsing;
using GovWorkflow.Engine.Validation;

namespace GovWorkflow.Engine.Tests.Parsing;

public sealed class MiwgReferenceTests
{
    public static TheoryData<string> ReferenceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in MiwgFiles.All)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void ReferenceFolder_HoldsTheTwentyOneModels()
    {
        Assert.Equal(21, MiwgFiles.All.Count);
    }

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void Parse_ReferenceModel_LoadsWithoutProblems(string name)
    {
        var result = MiwgFiles.Parse(name);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Document);
        Assert.NotEmpty(result.Document.Processes);
    }

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void Save_ReferenceModel_WritesTheSameXmlBack(string name)
    {
        var document = MiwgFiles.Parse(name).Document!;
        using var saved = new MemoryStream();

        document.Save(saved);

        saved.Position = 0;
        var reparsed = BpmnParser.Parse(saved, name);
        Assert.Empty(reparsed.Problems);
        var original = XDocument.Load(MiwgFiles.PathOf(name), LoadOptions.PreserveWhitespace);
        var roundTripped = reparsed.Document!.CopyXml();
        Assert.Equal(original.Declaration?.Encoding, roundTripped.Declaration?.Encoding, ignoreCase: true);
        Assert.Equal(original.ToString(SaveOptions.DisableFormatting), roundTripped.ToString(SaveOptions.DisableFormatting));
    }

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void Validate_EveryProcessOfReferenceModel_ReturnsProblemsWithoutThrowing(string name)
    {
        var document = MiwgFiles.Parse(name).Document!;

        foreach (var process in document.Processes)
        {
            var problems = ExecutableValidator.Validate(document, process.Id);
            Assert.All(problems, p => Assert.StartsWith("bpmn.", p.Code, StringComparison.Ordinal));
        }
    }
}
