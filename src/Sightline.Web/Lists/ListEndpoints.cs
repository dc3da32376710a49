using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Composition;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;
using Sightline.Lists.Model;

namespace Sightline.Web.Lists;

/// <summary><c>GET /lists</c>: every list with its versions (counts, as-of date, staleness); <c>GET
/// /lists/{version}/diff</c>: what a version changed against the version before it; <c>POST /lists</c>: a list file
/// imported as a new version, the knowledge base re-screened and the names index reloaded, as on the command line.</summary>
public static class ListEndpoints
{
    /// <summary>A list older than this is flagged stale, as on the command line.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(30);

    public static void Map(WebApplication app)
    {
        app.MapGet("/lists", Status).WithName("lists").WithTags("lists")
            .WithSummary("The lists (the datasets /match accepts besides 'default'): each version's counts, dates and staleness")
            .Produces(200, contentType: "application/json");
        app.MapGet("/lists/{version}/diff", Diff).WithName("list-diff").WithTags("lists")
            .WithSummary("What a list version added, removed and changed against the version before it (a list's first version adds every entry)")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        app.MapPost("/lists", Import).WithName("list-import").WithTags("lists")
            .WithSummary("Import a list file (multipart field 'file'; optional fields 'format', 'list', 'published') as a new version, then re-screen the knowledge base and reload the names index")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(422).ProducesProblem(503)
            .DisableAntiforgery();
    }

    private static async Task<IResult> Import(HttpRequest request, ServerState state, CancellationToken cancel)
    {
        if (!request.HasFormContentType)
            return Problems.BadRequest("Expected a file upload", "Send the list as multipart/form-data with the field 'file' (curl -F file=@sdn.xml).");
        var form = await request.ReadFormAsync(cancel);
        if (form.Files.GetFile("file") is not { } file || file.Length == 0)
            return Problems.BadRequest("No list in the upload", "The form has no non-empty field 'file'.");
        ListFormat? format = null;
        if (form["format"].ToString() is { Length: > 0 } name)
        {
            if (!ListFormatNames.TryParse(name, out var parsed))
                return Problems.BadRequest("Unknown list format", $"'{name}' is not a list format; use one of {string.Join(", ", ListFormatNames.All)}.");
            format = parsed;
        }
        DateTimeOffset? published = null;
        if (form["published"].ToString() is { Length: > 0 } date)
        {
            if (!DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
                return Problems.BadRequest("Unreadable publication date", $"'{date}' is not a date such as 2026-11-01.");
            published = parsed;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        IReadOnlyList<(ImportOutcome Outcome, ListRescreen? Rescreen)> imports;
        try
        {
            imports = await state.Writer.ImportListAsync(file.FileName, buffer.ToArray(), format, form["list"].ToString() is { Length: > 0 } list ? list : null, published, cancel);
        }
        catch (ListFormatException e)
        {
            return Results.Problem(statusCode: 422, title: "No list could be read from the file", detail: e.Message);
        }
        if (imports.All(i => i.Outcome is ImportOutcome.Failed))
            return Results.Problem(statusCode: 422, title: "The list was not imported",
                detail: string.Join("; ", imports.Select(i => ((ImportOutcome.Failed)i.Outcome).Error)));
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("file", file.FileName);
            json.WriteStartArray("imports");
            foreach (var (outcome, rescreen) in imports)
            {
                json.WriteStartObject();
                json.WriteString("list", outcome.Source.List);
                switch (outcome)
                {
                    case ImportOutcome.Imported imported:
                        json.WriteString("result", "imported");
                        json.WritePropertyName("version");
                        Version(json, imported.Version);
                        break;
                    case ImportOutcome.Unchanged unchanged:
                        json.WriteString("result", "unchanged");
                        json.WritePropertyName("version");
                        Version(json, unchanged.Active);
                        break;
                    case ImportOutcome.Failed failed:
                        json.WriteString("result", "failed");
                        json.WriteString("error", failed.Error);
                        break;
                }
                json.WriteBoolean("rescreened", rescreen?.Rescreened ?? false);
                json.WriteNumber("alerts_raised", rescreen?.Raised ?? 0);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static IResult Status(KnowledgeAccess kb, ServerState state)
    {
        var now = state.Clock.GetUtcNow();
        var lists = kb.Lists.ActiveVersions().Select(active => (Active: active, Versions: kb.Lists.Versions(active.List))).ToList();
        return new JsonBody(json =>
        {
            json.WriteStartArray();
            foreach (var (active, versions) in lists)
            {
                json.WriteStartObject();
                json.WriteString("list", active.List);
                json.WriteString("title", KnownLists.TitleOf(active.List));
                json.WriteString("as_of", active.AsOf);
                json.WriteString("last_update", active.ImportedAt);
                json.WriteBoolean("stale", active.IsStale(now, StaleAfter));
                json.WriteNumber("age_days", (int)(now - active.AsOf).TotalDays);
                json.WriteStartArray("versions");
                foreach (var version in versions.Reverse()) Version(json, version);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static IResult Diff(long version, int? limit, KnowledgeAccess kb)
    {
        if (kb.Lists.Version(version) is not { } to)
            return Problems.NotFound("No such list version", $"No list version has the id {version}; GET /lists gives each version's id.");
        var from = kb.Lists.Versions(to.List).Where(v => v.Number < to.Number).MaxBy(v => v.Number);
        var diff = from is null ? null : ListDiff.Compare(kb.Lists, from, to);
        var added = diff?.Added ?? kb.Lists.Entries(to.Id).ToList();
        var max = Math.Clamp(limit ?? 1000, 1, 100_000);
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("list", to.List);
            json.WritePropertyName("from");
            if (from is null) json.WriteNullValue(); else Version(json, from);
            json.WritePropertyName("to");
            Version(json, to);
            json.WriteNumber("added_total", added.Count);
            json.WriteNumber("removed_total", diff?.Removed.Count ?? 0);
            json.WriteNumber("changed_total", diff?.Changed.Count ?? 0);
            Entries(json, "added", added.Take(max));
            Entries(json, "removed", (diff?.Removed ?? []).Take(max));
            json.WriteStartArray("changed");
            foreach (var change in (diff?.Changed ?? []).Take(max))
            {
                json.WriteStartObject();
                json.WriteString("id", $"{change.After.List}:{change.After.Id}");
                json.WriteString("name", change.After.Name);
                json.WriteStartArray("fields");
                foreach (var field in change.Fields) json.WriteStringValue(field);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Version(Utf8JsonWriter json, ListVersion version)
    {
        json.WriteStartObject();
        json.WriteNumber("id", version.Id);
        json.WriteNumber("number", version.Number);
        json.WriteString("label", version.Label);
        json.WriteString("format", version.Format.ToString());
        json.WriteString("location", version.Location);
        if (version.Published is { } published) json.WriteString("published", published); else json.WriteNull("published");
        json.WriteString("imported_at", version.ImportedAt);
        json.WriteBoolean("active", version.Active);
        json.WriteStartObject("counts");
        json.WriteNumber("persons", version.Counts.Persons);
        json.WriteNumber("organizations", version.Counts.Organizations);
        json.WriteNumber("vessels", version.Counts.Vessels);
        json.WriteNumber("aircraft", version.Counts.Aircraft);
        json.WriteNumber("total", version.Counts.Total);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Entries(Utf8JsonWriter json, string name, IEnumerable<ListEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("id", $"{entry.List}:{entry.Id}");
            json.WriteString("name", entry.Name);
            json.WriteStartArray("programs");
            foreach (var program in entry.Programs) json.WriteStringValue(program);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
