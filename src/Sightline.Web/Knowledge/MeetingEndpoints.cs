using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Export.Contracts;

namespace Sightline.Web.Knowledge;

/// <summary><c>GET /meetings</c>: the newest meeting events, or with <c>sanctioned=true</c> only those with a party linked
/// to a list entry (the same selection as <c>sightline meetings --sanctioned</c>); every party carries its status on the
/// meeting's date.</summary>
public static class MeetingEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/meetings", Meetings).WithName("meetings").WithTags("knowledge")
            .WithSummary("The newest meeting events; sanctioned=true keeps those with a party linked to a list entry (each party's status on the meeting's date is given)");

    private static JsonBody<IReadOnlyList<MeetingJson>> Meetings(bool? sanctioned, int? limit, KnowledgeAccess kb) =>
        JsonBody.Ok<IReadOnlyList<MeetingJson>>([.. kb.Events.ReadNewest(sanctioned ?? false, Math.Clamp(limit ?? 100, 1, 1000)).Select(MeetingJson.Of)]);
}
