using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Formats.Un;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Lists.Formats;

/// <summary>The bundled snapshot reads with the counts its files hold, and named entries read as published.</summary>
public sealed class BundledSnapshotTests
{
    private static readonly Lazy<List<ListEntry>> Sdn = new(() => new OfacCsvListReader(Repository.SdnFolder, OfacFileSet.Sdn).ReadEntries().ToList());
    private static readonly Lazy<List<ListEntry>> Cons = new(() => new OfacCsvListReader(Repository.ConsFolder, OfacFileSet.Consolidated).ReadEntries().ToList());
    private static readonly Lazy<List<ListEntry>> Un = new(() => new UnXmlListReader(Repository.UnFile).ReadEntries().ToList());

    [Fact]
    public void Counts_MatchTheFiles()
    {
        Assert.Equal(8976, Sdn.Value.Count);
        Assert.Equal(442, Cons.Value.Count);
        Assert.Equal(730, Un.Value.Count(e => e.Schema == EntrySchema.Person));
        Assert.Equal(273, Un.Value.Count(e => e.Schema == EntrySchema.Organization));
    }

    [Fact]
    public void Sdn28004_QaisAlKhazali()
    {
        var e = Sdn.Value.Single(x => x.Id == "28004");
        Assert.Equal(("us_ofac_sdn", "AL-KHAZALI, Qais", EntrySchema.Person), (e.List, e.Name, e.Schema));
        Assert.Equal(["SDGT", "GLOMAG"], e.Programs);
        Assert.Equal(5, e.Names.Count(n => n.Kind == NameKind.Alias));
        Assert.Contains(e.Names, n => n.Text == "AL-KHAZ'ALI, Qays");
        Assert.Equal("1974-06-20", e.BirthDates[0].ToString());
        Assert.Equal(["Baghdad, Iraq"], e.BirthPlaces);
        Assert.Equal("Male", e.Gender);
        Assert.Empty(e.ListingDates); // the legacy CSV states no designation date: unknown, never guessed
    }

    [Fact]
    public void Sdn28283_AsaibAhlAlHaq_HasItsWeakAliasesFromRemarks()
    {
        var e = Sdn.Value.Single(x => x.Id == "28283");
        Assert.Equal(EntrySchema.Organization, e.Schema);
        Assert.Equal(["AAH", "THE PEOPLE OF THE CAVE", "THE MISSIONARY CURRENT"], e.Names.Where(n => n.Kind == NameKind.WeakAlias).Select(n => n.Text));
    }

    [Fact]
    public void Sdn28005_PassportFromRemarks()
    {
        var e = Sdn.Value.Single(x => x.Id == "28005");
        Assert.Equal(new Identifier("Passport", "A10537439", "Iraq", "expires 16 Oct 2023"), Assert.Single(e.Identifiers));
    }

    [Fact]
    public void CommentsOverflow_IsJoinedToTheRemarks()
    {
        var e = Sdn.Value.Single(x => x.Id == "28263");
        Assert.Contains("a.k.a. 'snowsjohn'", e.Remarks);
        Assert.Contains(e.Relations, r => r.TargetName == "LAZARUS GROUP");
    }

    [Fact]
    public void Cons_HasListingDatesStatedInRemarks() =>
        Assert.Contains(Cons.Value, e => e.ListingDates.Any(d => d.Source == ListingDateSource.Remarks));

    [Fact]
    public void Un_NamesInOriginalScript_DatesAndListedOn()
    {
        var saddam = Un.Value.Single(e => e.Names.Any(n => n.Kind == NameKind.OriginalScript && n.Text == "صدام حسين التكريتي"));
        Assert.StartsWith("IQi.", saddam.Id);
        Assert.Equal(ListingDateSource.ListField, Assert.Single(saddam.ListingDates).Source);
        Assert.Contains(Un.Value, e => e.BirthDates.Any(d => d.To is not null));
        Assert.Contains(Un.Value, e => e.BirthDates.Any(d => d.Approximate));
        Assert.Contains(Un.Value, e => e.Names.Any(n => n.Kind == NameKind.WeakAlias && n.Quality == "Low"));
        Assert.All(Un.Value, e => Assert.NotEmpty(e.ListingDates));
    }

    [Fact]
    public void Un_PublicationDateComesFromTheFile() =>
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), new UnXmlListReader(Repository.UnFile).Source.Published);

    [Fact]
    public void FolderDetection_FindsAllThreeLists()
    {
        var readers = ListReaders.Open(Repository.Lists);
        Assert.Equal(["un_sc_sanctions", "us_ofac_cons", "us_ofac_sdn"], readers.Select(r => r.Source.List).Order());
    }
}
