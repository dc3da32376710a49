using System.Text.Json;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;

namespace Sightline.Export;

/// <summary>Profiles and meeting events as JSON: the shape <c>entity --json</c> and <c>meetings --json</c> promise.</summary>
public static class ProfileJson
{
    public static void Write(Utf8JsonWriter json, EntityProfile profile)
    {
        json.WriteStartObject();
        json.WriteString("id", profile.Id);
        json.WriteString("schema", profile.Kind.ToString());
        json.WriteString("name", profile.Name);
        json.WriteStartArray("names");
        foreach (var name in profile.Names)
        {
            json.WriteStartObject();
            json.WriteString("name", name.Name);
            json.WriteNumber("reports", name.Reports);
            Strings(json, "documents", name.Documents);
            Strings(json, "document_ids", name.Documents.Select(StableIds.Document));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Links(json, "list_links", profile.Links);
        Links(json, "link_candidates", profile.Candidates);
        json.WritePropertyName("designated");
        if (profile.Designation is { } designation) Designation(json, designation); else json.WriteNullValue();
        json.WriteStartArray("sanctions_statements");
        foreach (var statement in profile.Statements)
        {
            json.WriteStartObject();
            json.WriteString("authority", statement.Authority);
            Strings(json, "bases", statement.Bases);
            Strings(json, "programs", statement.Programs);
            json.WriteString("date", statement.Date);
            json.WriteString("check", statement.Check);
            Source(json, "source", statement.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("roles");
        foreach (var role in profile.Roles)
        {
            json.WriteStartObject();
            json.WriteString("title", role.Title);
            json.WriteString("organization", role.Organization);
            json.WriteString("organization_id", role.OrganizationId);
            Links(json, "organization_list_links", role.OrganizationLinks);
            json.WriteString("date", role.Date);
            Source(json, "source", role.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("family");
        foreach (var tie in profile.Family)
        {
            json.WriteStartObject();
            json.WriteString("relation", tie.Relation);
            json.WriteString("relative", tie.Relative);
            json.WriteString("relative_id", tie.RelativeId);
            json.WriteBoolean("relation_is_theirs", tie.RelativeIsSubject);
            Source(json, "source", tie.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("meetings_total", profile.MeetingsTotal);
        json.WriteStartArray("meetings");
        foreach (var meeting in profile.Meetings) Meeting(json, meeting);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void Meeting(Utf8JsonWriter json, MeetingEvent meeting)
    {
        json.WriteStartObject();
        json.WriteString("id", meeting.Id);
        json.WriteString("date", meeting.Date?.Shared);
        json.WriteString("date_start", meeting.Date?.StartText);
        json.WriteString("date_end", meeting.Date?.EndText);
        json.WriteString("place", meeting.Place);
        json.WriteString("kind", meeting.Kind);
        json.WriteNumber("reports", meeting.Reports);
        json.WriteNumber("independent_sources", meeting.Sources);
        json.WriteStartArray("participants");
        foreach (var party in meeting.Participants)
        {
            json.WriteStartObject();
            json.WriteString("name", party.Name);
            json.WriteString("id", party.Id);
            Links(json, "list_links", party.Links);
            json.WriteString("status_at_date", party.StatusAtDate);
            json.WritePropertyName("designated");
            if (party.Designation is { } designation) Designation(json, designation); else json.WriteNullValue();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var evidence in meeting.Evidence) Source(json, null, evidence);
        json.WriteEndArray();
        Strings(json, "sources", meeting.Evidence.Select(e => e.Document).Distinct().ToList());
        json.WriteEndObject();
    }

    private static void Links(Utf8JsonWriter json, string name, IReadOnlyList<ListLink> links)
    {
        json.WriteStartArray(name);
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("list", link.List);
            json.WriteString("list_id", link.ListId);
            json.WriteString("entry_name", link.EntryName);
            Strings(json, "programs", link.Programs);
            json.WriteNumber("score", Math.Round(link.Score, 4));
            json.WriteBoolean("automatic", link.Automatic);
            json.WriteString("state", link.State);
            json.WriteString("tier", link.Tier);
            json.WriteString("reason", link.Reason);
            json.WriteString("list_as_of", link.ListAsOf);
            Strings(json, "listing_dates", link.ListingDates);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Designation(Utf8JsonWriter json, Designation designation)
    {
        json.WriteStartObject();
        json.WriteString("date", designation.Date.Value);
        json.WriteString("source", designation.Source);
        json.WriteEndObject();
    }

    private static void Source(Utf8JsonWriter json, string? name, SourceSentence source)
    {
        if (name is null) json.WriteStartObject(); else json.WriteStartObject(name);
        json.WriteString("document", source.Document);
        json.WriteString("document_id", StableIds.Document(source.Document));
        json.WriteString("title", source.Title);
        json.WriteString("publisher", source.Publisher);
        json.WriteNumber("sentence", source.Sentence);
        json.WriteString("text", source.Text);
        json.WriteString("attributed_to", source.AttributedTo);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
