using GovWorkflow.Server.Cases;

namespace GovWorkflow.Server.Tests.Cases;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\system32\\cmd.exe", "cmd.exe")]
    [InlineData("营业执照.pdf", "营业执照.pdf")]
    [InlineData("a\u0000b<c>.pdf", "abc.pdf")]
    [InlineData("..", "未命名")]
    [InlineData(null, "未命名")]
    public void ForDisplay_KeepsOnlyASafeLastSegment(string? name, string expected) =>
        Assert.Equal(expected, FileNames.ForDisplay(name));

    [Fact]
    public void NewName_OfACraftedCaseId_StaysInTheFolder()
    {
        using var folder = new TempDirectory();
        var storage = new MaterialStorage(folder.Path);
        var name = MaterialStorage.NewName("../../x/..", MaterialType.Pdf);

        Assert.DoesNotContain('/', name);
        Assert.Equal(storage.Folder, Path.GetDirectoryName(storage.PathOf(name)));
        Assert.Throws<ArgumentException>(() => storage.PathOf("../outside.pdf"));
    }

    [Fact]
    public void Detect_ReadsTheMagicBytes()
    {
        Assert.Equal(MaterialType.Pdf, MaterialType.Detect("%PDF-1.4"u8));
        Assert.Equal(MaterialType.Png, MaterialType.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Equal(MaterialType.Jpeg, MaterialType.Detect([0xFF, 0xD8, 0xFF, 0xDB]));
        Assert.Null(MaterialType.Detect("GIF89a"u8));
        Assert.True(MaterialType.Jpeg.Matches("image/jpg"));
        Assert.False(MaterialType.Pdf.Matches("image/png"));
    }
}
