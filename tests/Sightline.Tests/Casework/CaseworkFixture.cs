using Sightline.Casework;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Status;
using Sightline.Tests.Support;

namespace Sightline.Tests.Casework;

/// <summary>A knowledge base of the sample reports with a meeting between two known entities picked from it (whichever
/// the reports give first, so no test names a person), and the notebook and case files on it.</summary>
public sealed class CaseworkFixture : IDisposable
{
    public CaseworkFixture(TestStore store = TestStore.Sqlite)
    {
        Knowledge = new KnowledgeFixture(withSamples: true, store);
        var meetings = new EventReader(Knowledge.Store, new SanctionsReader(Knowledge.Store, Knowledge.Lists)).ReadNewest(sanctionedOnly: false, limit: 0);
        Meeting = meetings.First(m => m.Participants.Count(p => p.Id is not null) >= 2);
        var parties = Meeting.Participants.Where(p => p.Id is not null).ToList();
        (First, Second) = (parties[0].Id!, parties[1].Id!);
        Document = Knowledge.Store.Documents.List(100).First(d => d.Id is not null).Id!;
    }

    public KnowledgeFixture Knowledge { get; }
    public MeetingEvent Meeting { get; }
    public string First { get; }
    public string Second { get; }
    public string Document { get; }
    public Notebook Notes => Knowledge.Sightline.Notes();
    public CaseFiles Cases => Knowledge.Sightline.Cases();

    public void Dispose() => Knowledge.Dispose();
}
