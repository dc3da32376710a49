using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Composition;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;
using Sightline.Lists.Model;
using Sightline.Web.Access;
using Sightline.Web.Contracts;

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
            .WithSummary("The lists (the datasets /match accepts besides 'default'): each version's counts, dates and staleness");
        app.MapGet("/lists/{version}/diff", Diff).WithName("list-diff").WithTags("lists")
            .WithSummary("What a list version added, removed and changed against the version before it (a list's first version adds every entry)")
            .ProducesProblem(404);
        app.MapPost("/lists", Import).WithName("list-import").WithTags("lists")
            .WithSummary("Import a list file (multipart field 'file'; optional fields 'format', 'list', 'published') as a new version, then re-screen the knowledge base and reload the names index")
            .ProducesProblem(400).ProducesProblem(422).ProducesProblem(503)
            .DisableAntiforgery() // the session's CSRF token is checked for every write (RequestGuards), this one included
            .RequireAuthorization(AccessPolicies.Admin);
    }

    private static async Task<Results<JsonBody<ListImportJson>, ProblemHttpResult>> Import(HttpRequest request, ServerState state, CancellationToken cancel)
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
            return TypedResults.Problem(statusCode: 422, title: "No list could be read from the file", detail: e.Message);
        }
        if (imports.All(i => i.Outcome is ImportOutcome.Failed))
            return TypedResults.Problem(statusCode: 422, title: "The list was not imported",
                detail: string.Join("; ", imports.Select(i => ((ImportOutcome.Failed)i.Outcome).Error)));
        return JsonBody.Ok(new ListImportJson(file.FileName, [.. imports.Select(i => ListImportResultJson.Of(i.Outcome, i.Rescreen))]));
    }

    private static JsonBody<IReadOnlyList<ListStatusJson>> Status(KnowledgeAccess kb, ServerState state)
    {
        var now = state.Clock.GetUtcNow();
        return JsonBody.Ok<IReadOnlyList<ListStatusJson>>([.. kb.Lists.ActiveVersions().Select(active => new ListStatusJson(
            active.List, KnownLists.TitleOf(active.List), active.AsOf, active.ImportedAt, active.IsStale(now, StaleAfter), (int)(now - active.AsOf).TotalDays,
            [.. kb.Lists.Versions(active.List).Reverse().Select(ListVersionJson.Of)]))]);
    }

    private static Results<JsonBody<ListDiffJson>, ProblemHttpResult> Diff(long version, int? limit, KnowledgeAccess kb)
    {
        if (kb.Lists.Version(version) is not { } to)
            return Problems.NotFound("No such list version", $"No list version has the id {version}; GET /lists gives each version's id.");
        var from = kb.Lists.Versions(to.List).Where(v => v.Number < to.Number).MaxBy(v => v.Number);
        var diff = from is null ? null : ListDiff.Compare(kb.Lists, from, to);
        var added = diff?.Added ?? kb.Lists.Entries(to.Id).ToList();
        var max = Math.Clamp(limit ?? 1000, 1, 100_000);
        return JsonBody.Ok(new ListDiffJson(to.List, from is null ? null : ListVersionJson.Of(from), ListVersionJson.Of(to),
            added.Count, diff?.Removed.Count ?? 0, diff?.Changed.Count ?? 0,
            [.. added.Take(max).Select(ListDiffEntryJson.Of)], [.. (diff?.Removed ?? []).Take(max).Select(ListDiffEntryJson.Of)],
            [.. (diff?.Changed ?? []).Take(max).Select(c => new ListChangeJson($"{c.After.List}:{c.After.Id}", c.After.Name, c.Fields))]));
    }
}
