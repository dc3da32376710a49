using Sightline.Lists.Formats;
using Sightline.Lists.Model;

namespace Sightline.Lists.Import;

/// <summary>
/// Imports lists into a store as new versions: all or nothing, a no-op when the content equals the active
/// version's, and a diff against the version it replaces.
/// </summary>
/// <remarks>Returns an <see cref="ImportOutcome"/> rather than throwing for bad input, so one bad list never stops a
/// batch. Not thread-safe (it drives one store).</remarks>
public sealed class ListImporter(IListStore store, TimeProvider clock)
{
    /// <summary>Called every <see cref="ProgressInterval"/> entries with the list name and the count so far.</summary>
    public Action<string, int>? Progress { get; init; }

    public int ProgressInterval { get; init; } = 10_000;

    /// <param name="reader">The list to import.</param>
    /// <param name="checks">What the new version must pass before it is committed; <see cref="ImportChecks.Standard"/> when null.</param>
    public ImportOutcome Import(IListReader reader, ImportChecks? checks = null)
    {
        checks ??= ImportChecks.Standard;
        var source = reader.Source;
        var active = store.ActiveVersions().FirstOrDefault(v => v.List == source.List);
        if (active is not null && active.ContentHash == source.ContentHash) return new ImportOutcome.Unchanged(source, active);

        try
        {
            ImportOutcome? outcome;
            using (var import = store.BeginImport(source, clock.GetUtcNow()))
                outcome = import.ActiveContentHash == source.ContentHash ? null : Read(import, reader, checks, active);
            // Null: another process (a second serve node starting on the same empty database) imported the same list
            // between the look above and the writer's turn the import took; nothing was written.
            return outcome ?? new ImportOutcome.Unchanged(source, store.ActiveVersions().First(v => v.List == source.List));
        }
        catch (ListFormatException e)
        {
            return new ImportOutcome.Failed(source, e.Message, active);
        }
        catch (IOException e)
        {
            return new ImportOutcome.Failed(source, $"{source.Location}: {e.Message}", active);
        }
    }

    /// <summary>Reads the list's entries into <paramref name="import"/> and commits them unless a check fails.</summary>
    private ImportOutcome Read(IListImport import, IListReader reader, ImportChecks checks, ListVersion? active)
    {
        var source = reader.Source;
        int persons = 0, organizations = 0, vessels = 0, aircraft = 0, count = 0, names = 0;
        foreach (var entry in reader.ReadEntries())
        {
            import.Add(entry);
            names += entry.Names.Count;
            switch (entry.Schema)
            {
                case EntrySchema.Person: persons++; break;
                case EntrySchema.Organization: organizations++; break;
                case EntrySchema.Vessel: vessels++; break;
                default: aircraft++; break;
            }
            if (++count % ProgressInterval == 0) Progress?.Invoke(source.List, count);
        }
        var counts = new EntryCounts(persons, organizations, vessels, aircraft);
        if (ListCompleteness.Problem(reader, checks) is { } incomplete) return new ImportOutcome.Failed(source, incomplete, active);
        var warnings = reader.Warnings.ToList();
        if (active is not null && ListShrinkage.Problem(store, active, counts.Total, names, checks) is { } loss)
        {
            if (!checks.AllowShrink) return new ImportOutcome.Failed(source, loss + "; nothing was changed (if the list really shrank, import it with --allow-shrink)", active);
            warnings.Add(loss + " (allowed by --allow-shrink)");
        }
        var version = import.Commit(counts, warnings);
        var diff = active is null ? null : ListDiff.Compare(store, active, version);
        return new ImportOutcome.Imported(source, version, active, diff);
    }
}
