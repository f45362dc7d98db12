using GovWorkflow.Domain.People;

namespace GovWorkflow.Domain.Tests.People;

public sealed class PeopleDirectoryTests
{
    private static readonly Person Clerk = new("clerk.wang", "王芳", "SFS-DCQ-ZWFWJ", ["clerk"]);
    private static readonly Person Head = new("scjgj.chen", "陈静", "SFS-DCQ-SCJGJ", ["approver", "approver-head"]);

    [Fact]
    public void TryGet_KnownId_FindsThePerson()
    {
        var directory = new PeopleDirectory([Clerk, Head]);

        Assert.True(directory.TryGet("scjgj.chen", out var person));
        Assert.Same(Head, person);
        Assert.Equal(2, directory.All.Count);
    }

    [Fact]
    public void TryGet_UnknownOrDifferentlyCasedId_FindsNobody()
    {
        var directory = new PeopleDirectory([Clerk]);

        Assert.False(directory.TryGet("clerk.li", out _));
        Assert.False(directory.TryGet("Clerk.Wang", out _));
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PeopleDirectory([Clerk, Clerk with { Name = "另一个" }]));
    }

    [Fact]
    public void HasRole_IsExactAndCaseSensitive()
    {
        Assert.True(Head.HasRole("approver-head"));
        Assert.False(Head.HasRole("Approver"));
        Assert.False(Clerk.HasRole("approver"));
    }
}
