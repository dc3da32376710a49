using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Model;

namespace Sightline.Tests.Lists.Formats.Ofac;

public sealed class OfacRemarksParserTests
{
    [Fact]
    public void BirthDates_KeepPrecisionAndAlternatives()
    {
        var r = OfacRemarksParser.Parse("DOB 20 Jun 1974; alt. DOB 1974; alt. DOB 24 Apr 1974; POB Baghdad, Iraq; nationality Iraq; Gender Male.");
        Assert.Equal(["1974-06-20", "alt. 1974", "alt. 1974-04-24"], r.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["Baghdad, Iraq"], r.BirthPlaces);
        Assert.Equal(["Iraq"], r.Nationalities);
        Assert.Equal("Male", r.Gender);
        Assert.Empty(r.OtherFacts);
    }

    [Theory]
    [InlineData("DOB circa 1951", "circa 1951")]
    [InlineData("DOB 1960 to 1962", "1960 to 1962")]
    [InlineData("DOB 01 Jan 1960 to 31 Dec 1962", "1960-01-01 to 1962-12-31")]
    [InlineData("DOB circa 1958-1960", "circa 1958 to 1960")]
    [InlineData("DOB Jun 1974", "1974-06")]
    public void BirthDates_RangesAndCirca(string remarks, string expected) =>
        Assert.Equal(expected, Assert.Single(OfacRemarksParser.Parse(remarks).BirthDates).ToString());

    [Fact]
    public void Passport_WithCountryAndExpiry()
    {
        var r = OfacRemarksParser.Parse("Passport A10537439 (Iraq) expires 16 Oct 2023.");
        var id = Assert.Single(r.Identifiers);
        Assert.Equal(new Identifier("Passport", "A10537439", "Iraq", "expires 16 Oct 2023"), id);
    }

    [Theory]
    [InlineData("National ID No. 660000 73767 (Belgium)", "National ID No.", "660000 73767", "Belgium")]
    [InlineData("NIT # 800146749-7 (Colombia)", "NIT #", "800146749-7", "Colombia")]
    [InlineData("Vessel Registration Identification IMO 9187629", "Vessel Registration Identification IMO", "9187629", null)]
    [InlineData("Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China)", "Unified Social Credit Code (USCC)", "91222401MA0Y31E659", "China")]
    [InlineData("Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "Digital Currency Address - XBT", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", null)]
    public void Identifiers_OfManyKinds(string remarks, string type, string number, string? country)
    {
        var id = Assert.Single(OfacRemarksParser.Parse(remarks).Identifiers);
        Assert.Equal((type, number, country), (id.Type, id.Number, id.Country));
    }

    [Fact]
    public void WeakAliasesAndLinks_AreNamesAndRelations()
    {
        var r = OfacRemarksParser.Parse("a.k.a. 'AAH'; a.k.a. 'THE PEOPLE OF THE CAVE'; f.k.a. 'OLD NAME'; Linked To: HIZBALLAH.");
        Assert.Equal([("AAH", NameKind.WeakAlias), ("THE PEOPLE OF THE CAVE", NameKind.WeakAlias), ("OLD NAME", NameKind.FormerName)],
            r.Names.Select(n => (n.Text, n.Kind)));
        Assert.Equal("HIZBALLAH", Assert.Single(r.Relations).TargetName);
    }

    [Fact]
    public void ListingDateInRemarks_IsAListingDateWithItsWording()
    {
        var r = OfacRemarksParser.Parse("Listing Date (EO 14024 Directive 3): 24 Feb 2022; Effective Date (EO 14024 Directive 3): 26 Mar 2022");
        var listed = Assert.Single(r.ListingDates);
        Assert.Equal(("2022-02-24", ListingDateSource.Remarks, "Listing Date (EO 14024 Directive 3)"), (listed.Date.ToString(), listed.Source, listed.Note));
        Assert.Equal(["Effective Date (EO 14024 Directive 3): 26 Mar 2022"], r.OtherFacts);
    }

    [Fact]
    public void UnknownSegments_AreKeptVerbatim()
    {
        var r = OfacRemarksParser.Parse("Additional Sanctions Information - Subject to Secondary Sanctions; Website http://example.org");
        Assert.Equal(["Additional Sanctions Information - Subject to Secondary Sanctions", "Website http://example.org"], r.OtherFacts);
    }
}
