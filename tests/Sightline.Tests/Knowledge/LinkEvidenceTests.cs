using Sightline.Knowledge;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>What decides whether a new report relinks an entity it names (ADR-044): how many mentions the entity has,
/// counted up to a bound, and whether the report gave it a name, a family claim, or a sanctions or role claim no other
/// report made the same way.</summary>
public class LinkEvidenceTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge;

    public LinkEvidenceTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/>: <see cref="LinkEvidenceTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected LinkEvidenceTests(TestStore store) => _knowledge = new KnowledgeFixture(store: store);

    private string Ingest(string file, string sentence) =>
        _knowledge.Ingest(_knowledge.Files.Write(file, $"Title: Talks in Vienna\nPublished: 2024-05-03\n\n{sentence} The talks went on for hours.\n")).Single().Key;

    /// <summary>Whether the report just ingested gave Tarik Omari link evidence, and his mentions counted up to <paramref name="atMost"/>.</summary>
    private (bool Evidence, int Mentions) Tarik(string document, int atMost = 100)
    {
        var tarik = _knowledge.Store.Resolution.EntityWithNorm(NameNorm.Of("Tarik Omari"));
        Assert.NotNull(tarik);
        using var work = _knowledge.Store.Begin();
        return (_knowledge.Store.Resolution.AddsLinkEvidence(work, tarik, document), _knowledge.Store.Resolution.MentionCount(work, tarik, atMost));
    }

    [Fact]
    public void A_report_adds_evidence_with_a_new_name_or_role_and_not_with_one_more_meeting()
    {
        Assert.Equal((true, 1), Tarik(Ingest("first.txt", "On May 2, 2024, Tarik Omari met with Lena Voss in Vienna.")));
        Assert.Equal((false, 2), Tarik(Ingest("again.txt", "On May 2, 2024, Lena Voss held talks with Tarik Omari in Vienna.")));
        Assert.Equal((true, 4), Tarik(Ingest("role.txt", "On May 2, 2024, Tarik Omari, the spokesman of the Northern Shield Brigade, met with Lena Voss in Vienna.")));
        Assert.Equal((false, 2), Tarik(Ingest("later.txt", "On May 3, 2024, Lena Voss held talks with Tarik Omari in Vienna."), atMost: 2));
    }

    [Fact]
    public void A_role_another_report_gave_already_is_no_new_evidence_and_another_title_is()
    {
        Assert.True(Tarik(Ingest("role.txt", "On May 2, 2024, Tarik Omari, the spokesman of the Northern Shield Brigade, met with Lena Voss in Vienna.")).Evidence);
        Assert.False(Tarik(Ingest("same-role.txt", "On May 4, 2024, Tarik Omari, the spokesman of the Northern Shield Brigade, met with Lena Voss in Graz.")).Evidence);
        Assert.True(Tarik(Ingest("new-role.txt", "On May 6, 2024, Tarik Omari, the commander of the Northern Shield Brigade, met with Lena Voss in Linz.")).Evidence);
    }

    public void Dispose() => _knowledge.Dispose();
}

/// <summary><see cref="LinkEvidenceTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class LinkEvidenceTestsOnPostgres() : LinkEvidenceTests(TestStore.Postgres);
