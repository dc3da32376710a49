using Sightline.Lists.Formats;
using Sightline.Lists.Formats.FtM;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Formats.FtM;

public sealed class FtmJsonLinesReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Khazali = """
        {"id": "NK-abc", "schema": "Person", "caption": "Qais al-Khazali", "datasets": ["us_ofac_sdn"], "properties": {"name": ["Qais al-Khazali"], "alias": ["Qays al-Khazali"], "weakAlias": ["Sheikh Qais"], "birthDate": ["1974-06-20", "1974"], "nationality": ["iq"], "passportNumber": ["A1"], "topics": ["sanction"], "sanctions": [{"id": "s1", "schema": "Sanction", "properties": {"program": ["SDGT"], "listingDate": ["2020-01-03"]}}]}}
        """;

    [Fact]
    public void PartyEntities_BecomeEntries_OtherSchemataAreCounted()
    {
        var path = _temp.Write("entities.ftm.json", Khazali + "\n" + """{"id": "s2", "schema": "Sanction", "properties": {"program": ["SDGT"]}}""" + "\n");
        var reader = new FtmJsonLinesReader(path);
        var entry = Assert.Single(reader.ReadEntries());
        Assert.Equal(("entities", "NK-abc", EntrySchema.Person, "Qais al-Khazali"), (entry.List, entry.Id, entry.Schema, entry.Name));
        Assert.Equal([NameKind.Primary, NameKind.Alias, NameKind.WeakAlias], entry.Names.Select(n => n.Kind));
        Assert.Equal(["1974-06-20", "alt. 1974"], entry.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["SDGT"], entry.Programs);
        Assert.Equal("2020-01-03", Assert.Single(entry.ListingDates).Date.ToString());
        Assert.Equal(new Identifier("passportNumber", "A1"), Assert.Single(entry.Identifiers));
        Assert.Equal("sanction", entry.Fields["topics"]);
        Assert.Contains("Sanction 1", Assert.Single(reader.Warnings));
    }

    [Fact]
    public void ALineThatIsNotJson_NamesItsLine()
    {
        var path = _temp.Write("bad.json", Khazali + "\n{not json\n");
        var error = Assert.Throws<ListFormatException>(() => new FtmJsonLinesReader(path).ReadEntries().ToList());
        Assert.Equal(("bad.json", 2L), (error.File, error.Line));
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void MissingSchema_NamesTheField()
    {
        var path = _temp.Write("bad.json", """{"id": "x", "properties": {}}""");
        var error = Assert.Throws<ListFormatException>(() => new FtmJsonLinesReader(path).ReadEntries().ToList());
        Assert.Equal((1L, "schema"), (error.Line, error.Field));
    }

    [Fact]
    public void DatasetsThatAreNotStrings_NameTheField()
    {
        var path = _temp.Write("bad.json", """{"id": "x", "schema": "Person", "datasets": [1], "properties": {"name": ["A B"]}}""");
        var error = Assert.Throws<ListFormatException>(() => new FtmJsonLinesReader(path).ReadEntries().ToList());
        Assert.Equal((1L, "datasets"), (error.Line, error.Field));
    }
}
