using Sightline.Claims;
using Sightline.Documents;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Claims;

/// <summary>Meetings, roles, family ties and sanctions statements read from passages, as Specs/claims.md says.</summary>
public sealed class ClaimSpecTests
{
    public static TheoryData<SpecExample> Examples => SpecFile.Load("claims.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Extracts_claims_as_the_spec_says(SpecExample example)
    {
        var extracted = Extract(example.Input);
        var meetings = extracted.Meetings.Select(Describe).ToList();
        var context = $"meetings: {string.Join("; ", meetings)} | roles: {string.Join("; ", extracted.Roles.Select(r => $"{r.Person} | {r.Role} | {r.Organization ?? "-"}"))}"
            + $" | family: {string.Join("; ", extracted.Family.Select(f => $"{f.Person} | {f.Relation} | {f.Relative}"))}"
            + $" | sanctioned: {string.Join("; ", extracted.Sanctions.Select(s => $"{s.Name} | {s.Authority} | {string.Join(", ", s.Programs)}"))}";
        foreach (var line in example.Expected)
        {
            var (kind, value) = (line[..line.IndexOf(':')], line[(line.IndexOf(':') + 1)..].Trim());
            var holds = kind switch
            {
                "meeting" => meetings.Any(m => SameMeeting(m, value)),
                "meetings" => extracted.Meetings.Count == int.Parse(value),
                "said by" => extracted.Meetings.Count > 0 && extracted.Meetings.All(m => m.AttributedTo.Source == value),
                "role" => extracted.Roles.Any(r => $"{r.Person} | {r.Role} | {r.Organization ?? "-"}" == value),
                "family" => extracted.Family.Any(f => $"{f.Person} | {f.Relation} | {f.Relative}" == value),
                "sanctioned" => extracted.Sanctions.Any(s => $"{s.Name} | {s.Authority} | {(s.Programs.Count == 0 ? "-" : string.Join(", ", s.Programs))}" == value),
                "not sanctioned" => extracted.Sanctions.All(s => s.Name != value),
                _ => throw new Xunit.Sdk.XunitException($"unknown expectation '{line}'"),
            };
            Assert.True(holds, $"expected {line}\nfound {context}");
        }
    }

    private static ExtractedDocument Extract(string input)
    {
        PartialDate? published = null;
        if (input.StartsWith("Published: ", StringComparison.Ordinal))
        {
            var end = input.IndexOf('\n');
            Assert.True(PartialDate.TryParse(input["Published: ".Length..end], out var date));
            published = date;
            input = input[(end + 1)..];
        }
        var document = DocumentFactory.Create("spec.txt", "text", input, new DocumentMetadata(Published: published, Language: "en"));
        return ClaimExtractor.Extract(BundledAnalysis.Analyzer.Analyze(document));
    }

    /// <summary><c>A + B | 2024-05-13 | met</c>, office-holders in brackets.</summary>
    private static string Describe(MeetingClaim meeting) =>
        $"{string.Join(" + ", meeting.Participants.Select(p => p.Kind == ParticipantKind.OfficeHolder ? $"[{p.Name}]" : p.Name))} | {meeting.Date?.Shared ?? "-"} | {meeting.Kind.Name()}";

    private static bool SameMeeting(string found, string expected)
    {
        var (f, e) = (found.Split(" | "), expected.Split(" | "));
        static HashSet<string> Parties(string text) => text.Split(" + ").Select(p => p.ToLowerInvariant()).ToHashSet();
        return Parties(f[0]).SetEquals(Parties(e[0])) && f[1] == e[1] && f[2] == e[2];
    }
}
