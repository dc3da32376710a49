using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Import;

namespace Sightline.Lists.Update;

/// <summary>
/// <c>sightline lists update</c>: downloads each list from its source, verifies it, and imports it as a new
/// version (or finds it unchanged). A list that fails to download or verify keeps its active version, and the
/// other lists go on.
/// </summary>
/// <remarks>Verification: HTTP status and length (<see cref="ListDownloader"/>); the file must parse completely;
/// every OFAC file must end with OFAC's 0x1A end-of-file byte; and a new version must keep at least half of the
/// active version's entries, since a cut-short CSV can still parse.</remarks>
public sealed class ListUpdater(ListDownloader downloader, ListImporter importer, string workFolder)
{
    public async Task<IReadOnlyList<ImportOutcome>> UpdateAsync(IEnumerable<ListDownloadSource> sources, CancellationToken cancel = default)
    {
        var outcomes = new List<ImportOutcome>();
        foreach (var source in sources)
            outcomes.Add(await UpdateOneAsync(source, cancel).ConfigureAwait(false));
        return outcomes;
    }

    private async Task<ImportOutcome> UpdateOneAsync(ListDownloadSource source, CancellationToken cancel)
    {
        var folder = Path.Combine(workFolder, $"{source.List}-{Guid.NewGuid():N}");
        var location = source.Files.Count == 1 ? source.Files[0].ToString() : source.Files[0].GetLeftPart(UriPartial.Authority);
        var pending = new ListSource(source.List, source.Format, location, null, "", []);
        try
        {
            DateTimeOffset? published;
            try
            {
                published = await downloader.DownloadAsync(source, folder, cancel).ConfigureAwait(false);
            }
            catch (ListDownloadException e)
            {
                return new ImportOutcome.Failed(pending, e.Message, null);
            }
            IListReader downloaded;
            try
            {
                downloaded = ListReaders.Open(folder, source.Format, source.List, published).Single();
            }
            catch (ListFormatException e)
            {
                return new ImportOutcome.Failed(pending, e.Message, null);
            }
            var reader = new DownloadedListReader(downloaded, location);
            return importer.Import(reader, new ImportChecks(MinimumShareOfPrevious: 0.5, Verify: _ => VerifyComplete(downloaded)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static string? VerifyComplete(IListReader reader) =>
        reader is OfacCsvListReader { FilesWithoutEndMarker.Count: > 0 } ofac
            ? $"{string.Join(", ", ofac.FilesWithoutEndMarker)}: no end-of-file byte 0x1A, which OFAC writes at the end of every file: the download looks truncated"
            : null;
}
