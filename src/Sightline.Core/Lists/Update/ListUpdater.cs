using Sightline.Lists.Formats;
using Sightline.Lists.Import;

namespace Sightline.Lists.Update;

/// <summary>
/// <c>sightline lists update</c>: downloads each list from its source, verifies it, and imports it as a new
/// version (or finds it unchanged). A list that fails to download or verify keeps its active version, and the
/// other lists go on.
/// </summary>
/// <remarks>Verification: HTTP status and length (<see cref="ListDownloader"/>), then the same
/// <see cref="ImportChecks"/> as a local import: every file parsed, a complete OFAC set with its end-of-file bytes, and
/// no large loss of entries or names.</remarks>
public sealed class ListUpdater(ListDownloader downloader, ListImporter importer, string workFolder, ImportChecks? checks = null)
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
            return importer.Import(reader, checks);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
