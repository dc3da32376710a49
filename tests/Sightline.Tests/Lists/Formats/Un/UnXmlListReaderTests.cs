using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Un;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Formats.Un;

public sealed class UnXmlListReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TruncatedFile_FailsWithItsLine()
    {
        var text = File.ReadAllText(Repository.UnFile);
        var path = _temp.Write("UN_consolidated.xml", text[..(text.Length / 2)]);
        var error = Assert.Throws<ListFormatException>(() => new UnXmlListReader(path).ReadEntries().ToList());
        Assert.Equal("UN_consolidated.xml", error.File);
        Assert.True(error.Line > 1000);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Dtd_IsNotProcessed()
    {
        var path = _temp.Write("evil.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&x;</FIRST_NAME><REFERENCE_NUMBER>X</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
            """);
        var error = Assert.Throws<ListFormatException>(() => new UnXmlListReader(path).ReadEntries().ToList());
        Assert.Contains("DTD", error.Message);
    }

    [Fact]
    public void WrongEncoding_FailsWithItsLine()
    {
        var valid = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>\n<FIRST_NAME>";
        var bytes = System.Text.Encoding.ASCII.GetBytes(valid).Concat(new byte[] { 0x4A, 0xE9, 0x72 }) // "Jér" in Latin-1
            .Concat(System.Text.Encoding.ASCII.GetBytes("</FIRST_NAME><REFERENCE_NUMBER>X</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")).ToArray();
        var path = _temp.File("latin1.xml");
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<ListFormatException>(() => new UnXmlListReader(path).ReadEntries().ToList());
        Assert.Equal(3L, error.Line);
    }

    [Fact]
    public void MissingReferenceNumber_NamesTheField()
    {
        var path = _temp.Write("un.xml", "<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        var error = Assert.Throws<ListFormatException>(() => new UnXmlListReader(path).ReadEntries().ToList());
        Assert.Equal((2L, "REFERENCE_NUMBER"), (error.Line, error.Field));
    }

    [Fact]
    public void EmptyFile_IsAnError()
    {
        var path = _temp.Write("un.xml", "");
        Assert.Equal("un.xml: the file is empty", Assert.Throws<ListFormatException>(() => new UnXmlListReader(path).ReadEntries().ToList()).Message);
    }
}
