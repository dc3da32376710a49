using Sightline.Export;
using Sightline.Knowledge;
using Sightline.Tests.Support;

namespace Sightline.Tests.Export;

/// <summary>The FollowTheMoney export of the seeds carries what the issue names, and reads back into a fresh knowledge
/// base without loss: exporting that one gives the same lines.</summary>
public sealed class FtmRoundTripTests : IDisposable
{
    private readonly KnowledgeFixture _source = new();
    private readonly KnowledgeFixture _target = new();

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }

    private static List<FtmEntity> Export(KnowledgeFixture knowledge) => new FtmExporter(knowledge.Store, knowledge.Lists).Export().ToList();

    [Fact]
    public void The_seeds_export_as_people_organisations_events_memberships_and_sanctions_with_their_sources()
    {
        _source.IngestSamples();
        var entities = Export(_source);
        var khazali = Assert.Single(entities, e => e.Schema == "Person" && e.Values("name").Contains("Qais Al-Khaz'ali"));
        Assert.Contains("sanction", khazali.Values("topics"));
        Assert.Equal(5, khazali.Values("sourceUrl").Count);

        var sanction = Assert.Single(entities, e => e.Schema == "Sanction" && e.First("entity") == khazali.Id && e.First("authorityId") == "28004");
        Assert.Equal("OFAC SDN", sanction.First("authority"));
        Assert.Contains("SDGT", sanction.Values("program"));

        var guterres = Assert.Single(entities, e => e.Schema == "Event" && e.First("startDate") == "2023-03-02" && e.Values("involved").Contains(khazali.Id));
        Assert.Equal("2023-03-03", guterres.First("endDate"));
        Assert.Equal(2, guterres.Values("sourceUrl").Distinct().Count());
        Assert.Equal(guterres.Values("recordId").Count, guterres.Values("description").Count);

        Assert.Contains(entities, e => e.Schema == "Membership" && e.First("member") == khazali.Id && e.Values("sourceUrl").Count == 1 && e.Values("description").Count == 1);
        Assert.Contains(entities, e => e.Schema == "Person" && e.First("position")?.StartsWith("office:", StringComparison.Ordinal) == true);
        var ids = entities.Select(e => e.Id).ToHashSet();
        Assert.All(entities.Where(e => e.Schema == "Event"), e => Assert.All(e.Values("involved"), id => Assert.Contains(id, ids)));
    }

    [Fact]
    public void An_export_read_into_a_fresh_knowledge_base_exports_the_same_lines()
    {
        _source.IngestSamples();
        var first = Export(_source).Select(e => e.ToJsonLine()).ToList();
        var (count, errors) = FtmImporter.Import(_target.Store, "seeds.ftm.json", first, _target.Clock.GetUtcNow());
        Assert.Empty(errors);
        Assert.Equal(first.Count, count);
        Assert.Equal(first, Export(_target).Select(e => e.ToJsonLine()).ToList());

        // What was imported is a working knowledge base: the profile reads it.
        var profile = _target.Profile("Qais al-Khazali");
        Assert.Contains(profile.Links, l => l.ListId == "28004");
        Assert.Contains(profile.Meetings, m => m.Participants.Any(p => p.Name == "Antonio Guterres") && m.Reports == 2 && m.Sources == 1);
    }

    [Fact]
    public void A_file_with_a_bad_line_is_refused_whole_with_each_problem_named()
    {
        var lines = new[]
        {
            """{"id": "P-1", "schema": "Person", "properties": {"name": ["Karim Haddad"], "sourceUrl": ["doc"]}}""",
            "{not json",
            """{"id": "V-1", "schema": "Vessel", "properties": {"name": ["Sea Star"]}}""",
            """{"id": "M-1", "schema": "Event", "properties": {"involved": ["P-1", "P-404"]}}""",
        };
        var (count, errors) = FtmImporter.Import(_target.Store, "bad.ftm.json", lines, _target.Clock.GetUtcNow());
        Assert.Equal(0, count);
        Assert.Contains(errors, e => e.StartsWith("bad.ftm.json:2: not JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("bad.ftm.json:3: schema Vessel", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Event M-1 refers to P-404", StringComparison.Ordinal));
        Assert.Equal(0L, _target.Store.Connection.Scalar(null, "SELECT COUNT(*) FROM kb_entities"));
    }
}
