using System.Text;
using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Formats.Ofac;

public sealed class OfacCsvFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Cp1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    [Fact]
    public void Records_ReadNullsQuotesAndWindows1252()
    {
        var path = WriteBytes("alt.csv", Cp1252("1,2,\"aka\",\"CAF\u00c9 \"\"X\"\", S.A.\",-0- \r\n\u001a"));
        var file = OfacCsvFile.Load(path);
        var record = Assert.Single(file.Records(OfacFileSet.AliasFields));
        Assert.Equal("CAF\u00c9 \"X\", S.A.", record["alt_name"]);
        Assert.Null(record["alt_remarks"]);
        Assert.True(file.HasEndOfFileMarker);
    }

    [Fact]
    public void QuotedNullMarker_IsText_AndLinesCountInsideQuotedFields()
    {
        var path = WriteBytes("alt.csv", Cp1252("1,2,\"aka\",\"-0-\",\"first\r\nsecond\"\r\n\r\n3,4,\"fka\",\"B\"\"\",-0-\r\n\u001a"));
        var records = OfacCsvFile.Load(path).Records(OfacFileSet.AliasFields).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal("-0-", records[0]["alt_name"]);
        Assert.Equal("first\r\nsecond", records[0]["alt_remarks"]);
        Assert.Equal((1L, 4L), (records[0].Line, records[1].Line));
        Assert.Equal("B\"", records[1]["alt_name"]);
        Assert.Null(records[1]["alt_remarks"]);
    }

    [Fact]
    public void WrongFieldCount_NamesFileAndLine()
    {
        var path = WriteBytes("alt.csv", Cp1252("1,2,\"aka\",\"A\",-0- \r\n3,4,\"aka\",\"B\"\r\n"));
        var error = Assert.Throws<ListFormatException>(() => OfacCsvFile.Load(path).Records(OfacFileSet.AliasFields).ToList());
        Assert.Equal(("alt.csv", 2L), (error.File, error.Line));
        Assert.Contains("expected 5 fields", error.Message);
    }

    [Fact]
    public void NotANumber_NamesTheField()
    {
        var path = WriteBytes("alt.csv", Cp1252("x1,2,\"aka\",\"A\",-0- \r\n"));
        var record = Assert.Single(OfacCsvFile.Load(path).Records(OfacFileSet.AliasFields));
        var error = Assert.Throws<ListFormatException>(() => record.RequiredInt("ent_num"));
        Assert.Equal("alt.csv:1: field ent_num: 'x1' is not a whole number", error.Message);
    }

    [Fact]
    public void Utf16File_IsRejectedAsTheWrongEncoding()
    {
        var path = WriteBytes("sdn.csv", Encoding.Unicode.GetBytes("36,\"AEROCARIBBEAN AIRLINES\""));
        var error = Assert.Throws<ListFormatException>(() => OfacCsvFile.Load(path));
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void EmptyFile_IsAnError()
    {
        var path = WriteBytes("sdn.csv", [0x1A]);
        Assert.Equal("sdn.csv: the file is empty", Assert.Throws<ListFormatException>(() => OfacCsvFile.Load(path)).Message);
    }

    [Fact]
    public void UnclosedQuote_SaysTheFileMayBeTruncated()
    {
        var path = WriteBytes("alt.csv", Cp1252("1,2,\"aka\",\"A\",-0- \r\n3,4,\"aka\",\"B"));
        var error = Assert.Throws<ListFormatException>(() => OfacCsvFile.Load(path).Records(OfacFileSet.AliasFields).ToList());
        Assert.Equal((2L, "alt_name"), (error.Line, error.Field));
        Assert.Contains("truncated", error.Message);
    }
}
