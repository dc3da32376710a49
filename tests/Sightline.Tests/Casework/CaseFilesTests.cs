using Sightline.Tests.Support;
using System.Text.Json;
using Sightline.Casework;
using Sightline.Export;
using Sightline.Export.Contracts;

namespace Sightline.Tests.Casework;

/// <summary>Cases: named collections of entities, reports and meetings, with their notes and the meetings among their
/// entities, audited, and exported through the knowledge base's own exports.</summary>
public class CaseFilesTests : IDisposable
{
    private readonly CaseworkFixture _fixture;

    public CaseFilesTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="CaseFilesTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected CaseFilesTests(TestStore store) => _fixture = new CaseworkFixture(store);

    public void Dispose() => _fixture.Dispose();

    private CaseSummary CaseWithBothParties()
    {
        var opened = _fixture.Cases.Create("Harbour contracts", "rana");
        Assert.True(_fixture.Cases.Add(opened.Id, _fixture.First, "rana"));
        Assert.True(_fixture.Cases.Add("harbour CONTRACTS", _fixture.Second, "rana")); // by name, ignoring case
        Assert.True(_fixture.Cases.Add(opened.Id, _fixture.Document, "omar"));
        return opened;
    }

    [Fact]
    public void A_case_shows_its_members_their_notes_and_the_meetings_among_its_entities()
    {
        var opened = CaseWithBothParties();
        _fixture.Notes.Add(_fixture.First, "Owns the shipping agent.", "rana");
        _fixture.Notes.Add(_fixture.Meeting.Id, "Not in this case.", "rana");

        var file = _fixture.Cases.Read(opened.Id)!;
        Assert.Equal(["entity", "entity", "document"], file.Members.Select(m => m.Kind));
        Assert.All(file.Members, m => Assert.False(string.IsNullOrWhiteSpace(m.Label)));
        Assert.Equal("Owns the shipping agent.", Assert.Single(file.Notes).Text);
        Assert.Contains(file.Meetings, m => m.Id == _fixture.Meeting.Id);
        Assert.All(file.Meetings, m => Assert.True(m.Participants.Count(p => p.Id == _fixture.First || p.Id == _fixture.Second) >= 2));

        var listed = Assert.Single(_fixture.Cases.List());
        Assert.Equal((2, 1, 0), (listed.Entities, listed.Documents, listed.Meetings));
        Assert.Equal(opened.Id, Assert.Single(_fixture.Cases.List(_fixture.Document)).Id);
        Assert.Empty(_fixture.Cases.List(_fixture.Meeting.Id));
    }

    [Fact]
    public void Every_change_to_a_case_is_audited_once()
    {
        var opened = CaseWithBothParties();
        Assert.False(_fixture.Cases.Add(opened.Id, _fixture.First, "rana")); // held already: nothing new to record
        Assert.True(_fixture.Cases.Remove(opened.Id, _fixture.Second, "omar", "a namesake"));
        Assert.False(_fixture.Cases.Remove(opened.Id, _fixture.Second, "omar", null));

        var trail = _fixture.Knowledge.Review.Audit();
        Assert.Equal(["remove-from-case", "add-to-case", "add-to-case", "add-to-case", "create-case"], trail.Select(d => d.Action));
        Assert.All(trail, d => Assert.Equal(opened.Id, d.Target));
        Assert.Equal(("omar", "a namesake"), (trail[0].User, trail[0].Reason));
        Assert.Equal(2, _fixture.Cases.Read(opened.Id)!.Members.Count);
    }

    [Fact]
    public void Case_names_are_unique_and_members_must_exist()
    {
        CaseWithBothParties();
        Assert.Throws<CaseworkException>(() => _fixture.Cases.Create("HARBOUR contracts", "omar"));
        Assert.Throws<CaseworkException>(() => _fixture.Cases.Add("Harbour contracts", "M-000000000000", "omar"));
        Assert.Throws<CaseworkException>(() => _fixture.Cases.Add("no such case", _fixture.First, "omar"));
        Assert.Null(_fixture.Cases.Read("no such case"));
    }

    [Fact]
    public void The_FollowTheMoney_export_holds_the_members_their_meetings_reports_and_notes_and_nothing_else()
    {
        var opened = CaseWithBothParties();
        var note = _fixture.Notes.Add(_fixture.Second, "Met twice in 2023 per the ministry.", "rana");
        var file = _fixture.Cases.Read(opened.Id)!;

        var lines = new CaseExport(_fixture.Knowledge.Store, _fixture.Knowledge.Lists).Ftm(file).ToList();
        var people = lines.Where(e => e.Schema is "Person" or "Organization" && e.Id.Length > 2 && e.Id[1] == '-' && e.Id[0] is 'P' or 'O').Select(e => e.Id).ToHashSet();
        Assert.Equal(new HashSet<string> { _fixture.First, _fixture.Second }, people);
        var meeting = Assert.Single(lines, e => e.Id == _fixture.Meeting.Id);
        Assert.Contains(_fixture.First, meeting.Values("involved"));
        Assert.Equal(file.Members.Single(m => m.Kind == "document").Label, Assert.Single(lines, e => e.Schema == "Document").First("title"));
        var written = Assert.Single(lines, e => e.Schema == "Note");
        Assert.Equal((note.Id, _fixture.Second, note.Text), (written.Id, written.First("entity"), written.First("description")));
        Assert.All(lines, e => Assert.Equal(e.Id, FtmEntity.Parse(e.ToJsonLine()).Id));
    }

    [Fact]
    public void The_CSV_and_JSON_exports_carry_the_meetings_and_the_notes()
    {
        var opened = CaseWithBothParties();
        _fixture.Notes.Add(_fixture.First, "=HYPERLINK(\"http://example.test\")", "rana");
        var file = _fixture.Cases.Read(opened.Id)!;

        var rows = CaseExport.Csv(file).ToList();
        Assert.Equal(string.Join(',', MeetingsCsv.Header), rows[0]);
        Assert.Equal(file.Meetings.Count, rows.Count - 1);
        Assert.Contains(rows, r => r.StartsWith(_fixture.Meeting.Id + ",", StringComparison.Ordinal));

        var json = JsonSerializer.Serialize(CaseJson.Of(file), CoreJsonContext.Default.CaseJson);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Harbour contracts", parsed.RootElement.GetProperty("name").GetString());
        Assert.Equal(3, parsed.RootElement.GetProperty("members").GetArrayLength());
        Assert.Equal("=HYPERLINK(\"http://example.test\")", parsed.RootElement.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal(file.Meetings.Count, parsed.RootElement.GetProperty("meetings").GetArrayLength());
    }

    [Fact]
    public void Notes_and_case_memberships_follow_an_entity_merged_into_another()
    {
        var kinds = _fixture.Knowledge.Store.Exports.Entities().ToDictionary(e => e.Id, e => e.Kind);
        var (from, into) = kinds.GroupBy(e => e.Value).Where(g => g.Count() >= 2).Select(g => (g.First().Key, g.Skip(1).First().Key)).First();
        var opened = _fixture.Cases.Create("Merged people", "rana");
        _fixture.Cases.Add(opened.Id, from, "rana");
        _fixture.Cases.Add(opened.Id, into, "rana");
        _fixture.Notes.Add(from, "Same passport number as the other.", "rana");

        _fixture.Knowledge.Review.Merge(from, into, "rana", "one person under two spellings");

        Assert.Equal("Same passport number as the other.", Assert.Single(_fixture.Notes.On(into)).Text);
        Assert.Empty(_fixture.Notes.On(from));
        Assert.Equal([into], _fixture.Cases.Read(opened.Id)!.Members.Select(m => m.Id));
    }
}

/// <summary><see cref="CaseFilesTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class CaseFilesTestsOnPostgres() : CaseFilesTests(TestStore.Postgres);
