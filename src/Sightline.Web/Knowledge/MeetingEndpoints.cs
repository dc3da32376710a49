using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Export.Contracts;
using Sightline.Knowledge.Queries;

namespace Sightline.Web.Knowledge;

/// <summary><c>GET /meetings</c>: the meeting events newest first, or with <c>sanctioned=true</c> only those with a party on
/// a list on the meeting's date (<see cref="MeetingSelection"/>, the same selection and order as <c>sightline meetings
/// --sanctioned</c>); every party carries its status on the meeting's date. <c>GET /meetings/{id}</c> is one event, where
/// an alert leads.</summary>
public static class MeetingEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/meetings", Meetings).WithName("meetings").WithTags("knowledge")
            .WithSummary("Meeting events, newest first; sanctioned=true keeps those with a party on a list on the meeting's date or listed with the designation date unknown (each party's status on the date is given)");
        app.MapGet("/meetings/{id}", Meeting).WithName("meeting").WithTags("knowledge")
            .WithSummary("One meeting event: its date, place and kind, each party's status on its date, and the source sentences")
            .ProducesProblem(404);
    }

    private static JsonBody<IReadOnlyList<MeetingJson>> Meetings(bool? sanctioned, int? limit, KnowledgeAccess kb) =>
        JsonBody.Ok<IReadOnlyList<MeetingJson>>([.. MeetingSelection.Newest(kb.Events, sanctioned ?? false, Math.Clamp(limit ?? 100, 1, 1000)).Select(MeetingJson.Of)]);

    private static Results<JsonBody<MeetingJson>, ProblemHttpResult> Meeting(string id, KnowledgeAccess kb) =>
        kb.Events.Read([id]) is [var meeting]
            ? JsonBody.Ok(MeetingJson.Of(meeting))
            : Problems.NotFound("No such meeting", $"No meeting event has the id '{id}' (GET /meetings lists the newest; an entity's page lists its own).");
}
