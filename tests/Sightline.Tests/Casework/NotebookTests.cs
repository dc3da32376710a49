using Sightline.Tests.Support;
using Sightline.Casework;
using Sightline.Composition;
using Sightline.Knowledge;

namespace Sightline.Tests.Casework;

/// <summary>Analysts' notes on entities, meetings and reports: kept with their author and time, edited with their
/// history kept, deleted without loss, each change in the audit trail.</summary>
public class NotebookTests : IDisposable
{
    private readonly CaseworkFixture _fixture;

    public NotebookTests() : this(TestStore.Sqlite) { }

    /// <summary>The tests on <paramref name="store"/> (ADR-041): <see cref="NotebookTestsOnPostgres"/> runs them on PostgreSQL.</summary>
    protected NotebookTests(TestStore store) => _fixture = new CaseworkFixture(store);

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_note_on_an_entity_is_kept_with_its_author_and_time_and_audited()
    {
        var note = _fixture.Notes.Add(_fixture.First, "Check the 2019 travel records before the hearing.", "rana");
        Assert.StartsWith("N-", note.Id);
        Assert.Equal(("entity", _fixture.First, "rana", _fixture.Knowledge.Clock.GetUtcNow()), (note.TargetKind, note.Target, note.Author, note.CreatedAt));

        var kept = Assert.Single(_fixture.Notes.On(_fixture.First));
        Assert.Equal("Check the 2019 travel records before the hearing.", kept.Text);
        Assert.Empty(_fixture.Notes.On(_fixture.Second));

        var decision = Assert.Single(_fixture.Knowledge.Review.Audit());
        Assert.Equal(("add-note", note.Id, "rana"), (decision.Action, decision.Target, decision.User));
        Assert.Contains(_fixture.First, decision.Detail);
    }

    [Fact]
    public void Notes_go_on_meetings_and_reports_too_and_survive_reopening_the_database()
    {
        _fixture.Notes.Add(_fixture.Meeting.Id, "Two sources, one of them a press release.", "rana");
        _fixture.Notes.Add(_fixture.Document, "Machine translation; verify the quotes.", "omar");

        using var reopened = KnowledgeBase.Open(_fixture.Knowledge.DatabasePath, _fixture.Knowledge.Clock);
        var notes = new Notebook(reopened, _fixture.Knowledge.Clock);
        Assert.Equal("meeting", Assert.Single(notes.On(_fixture.Meeting.Id)).TargetKind);
        Assert.Equal(("document", "omar"), (Assert.Single(notes.On(_fixture.Document)).TargetKind, notes.On(_fixture.Document)[0].Author));
    }

    [Fact]
    public void Editing_keeps_every_earlier_text_and_deleting_keeps_the_history()
    {
        var note = _fixture.Notes.Add(_fixture.First, "First draft.", "rana");
        _fixture.Knowledge.Clock.Advance(TimeSpan.FromMinutes(5));
        var edited = _fixture.Notes.Edit(note.Id, "Second draft, after the call.", "omar");
        Assert.Equal(("Second draft, after the call.", "omar", "rana"), (edited.Text, edited.EditedBy, edited.Author));

        _fixture.Notes.Delete(note.Id, "rana", "duplicate of the case summary");
        Assert.Empty(_fixture.Notes.On(_fixture.First));
        Assert.Equal("rana", _fixture.Notes.Find(note.Id)!.DeletedBy);
        Assert.Equal(["First draft.", "Second draft, after the call."], _fixture.Notes.History(note.Id).Select(r => r.Text));
        Assert.Equal(["rana", "omar"], _fixture.Notes.History(note.Id).Select(r => r.Author));

        var trail = _fixture.Knowledge.Review.Audit();
        Assert.Equal(["delete-note", "edit-note", "add-note"], trail.Select(d => d.Action));
        Assert.Equal("duplicate of the case summary", trail[0].Reason);
        Assert.Throws<CaseworkException>(() => _fixture.Notes.Edit(note.Id, "Too late.", "omar"));
    }

    [Theory]
    [InlineData("P-000000000000", "some text")]   // no such entity
    [InlineData("X-123", "some text")]            // not an id a note can go on
    [InlineData(null, "   ")]                    // no text
    public void A_note_that_cannot_be_kept_is_refused_and_nothing_is_written(string? target, string text)
    {
        Assert.Throws<CaseworkException>(() => _fixture.Notes.Add(target ?? _fixture.First, text, "rana"));
        Assert.Empty(_fixture.Notes.On(_fixture.First));
        Assert.Empty(_fixture.Knowledge.Review.Audit());
    }

    [Fact]
    public void A_note_needs_an_author() =>
        Assert.Throws<CaseworkException>(() => _fixture.Notes.Add(_fixture.First, "text", " "));
}

/// <summary><see cref="NotebookTests"/> on PostgreSQL (ADR-041).</summary>
[Trait("Store", "Postgres")]
public sealed class NotebookTestsOnPostgres() : NotebookTests(TestStore.Postgres);
