using Sightline.Documents;
using Sightline.Knowledge.Events;
using Sightline.Tests.Support;

namespace Sightline.Tests.Documents;

/// <summary>A folder's sources.csv fills in what reports do not say, never overrides them, and reports its own errors.</summary>
public sealed class SourceManifestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Document ReadWithManifest(string name, string text, string manifest)
    {
        var path = _folder.Write(name, text);
        _folder.Write(SourceManifest.FileName, manifest);
        var document = Assert.Single(DocumentReader.Read(path).Documents);
        return SourceManifest.ForFolderOf(path)!.Apply(path, document);
    }

    [Fact]
    public void A_row_fills_in_the_publisher_url_and_date_and_makes_a_new_version()
    {
        var plain = Assert.Single(DocumentReader.Read(_folder.Write("a.txt", "Karim Haddad met Salim Nasser.")).Documents);
        var document = ReadWithManifest("a.txt", "Karim Haddad met Salim Nasser.", "file,url,publisher,published\na.txt,https://example.org/a,\"Example News, Beirut\",2024-03-05\n");
        Assert.Equal("Example News, Beirut", document.Publisher);
        Assert.Equal("https://example.org/a", document.Source);
        Assert.Equal("2024-03-05", document.Published.ToString());
        Assert.NotEqual(plain.Version, document.Version);
    }

    [Fact]
    public void What_the_report_says_itself_wins_over_the_manifest()
    {
        var document = ReadWithManifest("b.txt", "Publisher: Al-Monitor\n\nKarim Haddad met Salim Nasser.", "file,publisher\nb.txt,Someone Else\n");
        Assert.Equal("Al-Monitor", document.Publisher);
    }

    [Fact]
    public void Errors_name_the_manifest_and_line_and_the_good_rows_still_apply()
    {
        var manifest = SourceManifest.Parse("sources.csv", "file,publisher,published,colour\na.txt,MEMRI,yesterday,red\nb.txt,too,many,fields,here\na.txt,Twice,,\n");
        Assert.Contains("sources.csv: line 1: unknown column 'colour' ignored", manifest.Errors);
        Assert.Contains(manifest.Errors, e => e.StartsWith("sources.csv: line 2: published 'yesterday' is not a date", StringComparison.Ordinal));
        Assert.Contains(manifest.Errors, e => e.StartsWith("sources.csv: line 3: 5 fields", StringComparison.Ordinal));
        Assert.Contains(manifest.Errors, e => e.StartsWith("sources.csv: line 4: 'a.txt' is listed twice", StringComparison.Ordinal));
        Assert.Single(SourceManifest.Parse("x.csv", "publisher\nMEMRI\n").Errors, "x.csv: line 1: no 'file' column (columns: file, url, publisher, published, title)");
    }

    [Fact]
    public void A_quoted_field_may_hold_a_line_break_and_later_rows_keep_their_line_numbers()
    {
        var manifest = SourceManifest.Parse("sources.csv",
            "file,publisher,published\nc.txt,\"Levant Wire,\n(Amman bureau)\",2025-01-09\nd.txt,Plain,someday\n");
        Assert.Single(manifest.Errors, "sources.csv: line 4: published 'someday' is not a date (use 2024-03-05, 2024-03 or 2024); left out");
        var path = _folder.Write("c.txt", "Rami Saadeh met Omar Faris.");
        var document = manifest.Apply(path, Assert.Single(DocumentReader.Read(path).Documents));
        Assert.Equal("Levant Wire,\n(Amman bureau)", document.Publisher);
        Assert.Equal("2025-01-09", document.Published.ToString());
    }

    [Fact]
    public void A_quote_left_open_is_reported_at_its_row_and_a_header_after_blank_lines_is_named_by_its_line()
    {
        var open = SourceManifest.Parse("sources.csv", "file,publisher\ne.txt,Levant Wire\nf.txt,\"Gulf Desk\ng.txt,Other\n");
        Assert.Single(open.Errors, "sources.csv: line 3: a quoted field is never closed; the rest of the file was read into it");
        Assert.Single(SourceManifest.Parse("sources.csv", "\n\npublisher\nMEMRI\n").Errors, "sources.csv: line 3: no 'file' column (columns: file, url, publisher, published, title)");
    }

    [Theory]
    [InlineData("The Middle East Media Research Institute (MEMRI)", null, "MEMRI")]
    [InlineData("MEMRI (Middle East Media Research Institute)", null, "MEMRI")]
    [InlineData("report", "The Jerusalem Post", "Jerusalem Post")]
    [InlineData("he", null, "doc-key")]
    [InlineData("his media office (in Baghdad)", null, "his media office (in Baghdad)")]
    public void Sources_are_counted_by_their_acronym_and_without_a_leading_article(string attributedTo, string? publisher, string expected) =>
        Assert.Equal(expected, SourceOrigin.Of(attributedTo, publisher, "doc-key"));
}
