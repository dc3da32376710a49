using System.Text;
using Sightline.Screening.Batch;

namespace Sightline.Tests.Screening;

public sealed class BatchInputTests
{
    private static MemoryStream Stream(params byte[][] parts) => new(parts.SelectMany(p => p).ToArray());
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Csv_ReadsNameDateCountryAndSchema_WithQuotedCommas()
    {
        var rows = BatchInput.Csv(Stream(Utf8("full_name,date_of_birth,nationality,schema\n\"AL-KHAZALI, Qais\",1974-06-20,iq,person\n")), "in.csv").ToList();
        var query = Assert.Single(rows).Query!;
        Assert.Equal("AL-KHAZALI, Qais", query.Name);
        Assert.Equal("1974-06-20", query.BirthDate.ToString());
        Assert.Equal("iq", query.Country);
        Assert.Equal(Sightline.Lists.Model.EntrySchema.Person, query.Schema);
    }

    [Fact]
    public void Csv_WithoutANameColumn_SaysWhichColumnsItHas()
    {
        var error = Assert.Throws<FormatException>(() => BatchInput.Csv(Stream(Utf8("first,last\na,b\n")), "in.csv").ToList());
        Assert.Contains("no full_name or name column", error.Message);
        Assert.Contains("first, last", error.Message);
    }

    [Fact]
    public void BadRows_AreReportedWithTheirLine_AndTheBatchGoesOn()
    {
        var rows = BatchInput.Csv(Stream(Utf8("name,date_of_birth\nQais Khazali,1974\n"), [0xC3, 0x28, (byte)'\n'],
            Utf8(",1974\nLaith Khazali,not a date\nHadi al-Amiri,\n")), "in.csv").ToList();
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r.Line));
        Assert.NotNull(rows[0].Query);
        Assert.Contains("not valid UTF-8", rows[1].Error);
        Assert.Equal("the name is empty", rows[2].Error);
        Assert.Contains("not a date", rows[3].Error);
        Assert.Equal("Hadi al-Amiri", rows[4].Query!.Name);
    }

    [Fact]
    public void Lines_ReadOneNameALine_SkippingBlanks() =>
        Assert.Equal(["Qais Khazali", "قيس الخزعلي"], BatchInput.Lines(Stream(Utf8("Qais Khazali\r\n\n  قيس الخزعلي  \n"))).Select(r => r.Query!.Name));
}
