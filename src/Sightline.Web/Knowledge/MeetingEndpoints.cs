using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Export.Contracts;
using Sightline.Knowledge.Queries;

namespace Sightline.Web.Knowledge;

/// <summary><c>GET /meetings</c>: the meeting events newest first, or with <c>sanctioned=true</c> only those with a party on
/// a list on the meeting's date (<see cref="MeetingSelection"/>, the same selection and order as <c>sightline meetings
/// --sanctioned</c>); every party carries its status on the meeting's date.</summary>
public static class MeetingEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/meetings", Meetings).WithName("meetings").WithTags("knowledge")
            .WithSummary("Meeting events, newest first; sanctioned=true keeps those with a party on a list on the meeting's date or listed with the designation date unknown (each party's status on the date is given)");

    private static JsonBody<IReadOnlyList<MeetingJson>> Meetings(bool? sanctioned, int? limit, KnowledgeAccess kb) =>
        JsonBody.Ok<IReadOnlyList<MeetingJson>>([.. MeetingSelection.Newest(kb.Events, sanctioned ?? false, Math.Clamp(limit ?? 100, 1, 1000)).Select(MeetingJson.Of)]);
}
