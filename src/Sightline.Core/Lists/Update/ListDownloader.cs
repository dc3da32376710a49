using System.Net;

namespace Sightline.Lists.Update;

/// <summary>
/// Downloads a list's files into a fresh folder, checking the HTTP status and that every byte the server
/// announced arrived, and retrying a failed file a few times.
/// </summary>
public sealed class ListDownloader(HttpClient http)
{
    public int Attempts { get; init; } = 3;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Downloads every file of <paramref name="source"/> into <paramref name="folder"/>.</summary>
    /// <returns>The latest Last-Modified time the server gave, as the list's publication time; null if none.</returns>
    /// <exception cref="ListDownloadException">A file could not be fetched completely after all attempts.</exception>
    public async Task<DateTimeOffset?> DownloadAsync(ListDownloadSource source, string folder, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        DateTimeOffset? published = null;
        foreach (var url in source.Files)
        {
            var target = Path.Combine(folder, Path.GetFileName(url.AbsolutePath));
            var modified = await DownloadFileAsync(url, target, cancel).ConfigureAwait(false);
            if (modified is { } m && (published is null || m > published)) published = m;
        }
        return published;
    }

    private async Task<DateTimeOffset?> DownloadFileAsync(Uri url, string target, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryDownloadAsync(url, target, cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancel.IsCancellationRequested)
            {
                File.Delete(target);
                if (attempt >= Attempts)
                    throw new ListDownloadException($"{url}: {Describe(e)} (tried {attempt} times)", e);
                await Task.Delay(RetryDelay * attempt, cancel).ConfigureAwait(false);
            }
        }
    }

    private async Task<DateTimeOffset?> TryDownloadAsync(Uri url, string target, CancellationToken cancel)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new HttpRequestException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        var expected = response.Content.Headers.ContentLength;
        long written;
        await using (var file = File.Create(target))
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
            await body.CopyToAsync(file, cancel).ConfigureAwait(false);
            written = file.Length;
        }
        if (expected is { } length && written != length)
            throw new IOException($"received {written:N0} of {length:N0} bytes");
        if (written == 0) throw new IOException("the server sent an empty file");
        return response.Content.Headers.LastModified;
    }

    private static string Describe(Exception e) => e switch
    {
        HttpIOException => $"the connection closed before the whole file arrived ({e.Message})",
        HttpRequestException { InnerException: HttpIOException inner } => $"the connection closed before the whole file arrived ({inner.Message})",
        TaskCanceledException => "timed out",
        _ => e.Message,
    };
}

/// <summary>A list file could not be downloaded completely.</summary>
public sealed class ListDownloadException(string message, Exception inner) : Exception(message, inner);
