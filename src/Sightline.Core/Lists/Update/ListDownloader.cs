using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Sightline.Lists.Update;

/// <summary>
/// Downloads a list's files into a fresh folder, checking the HTTP status and that every byte the server
/// announced arrived, and retrying a file that failed in a way that may pass (a Polly retry pipeline).
/// </summary>
/// <remarks>A list decides what compliance screening finds, so where it comes from is checked (ADR-022): https only
/// unless <see cref="AllowPlainHttp"/>, a redirect followed only to the same host and scheme, and no file larger than
/// <see cref="MaxBytes"/>. Give it an <see cref="HttpClient"/> whose handler does not follow redirects itself
/// (<see cref="CreateClient"/>), or redirects are followed before they can be checked.</remarks>
public sealed class ListDownloader(HttpClient http)
{
    private const int MaxRedirects = 5;

    /// <summary>The wait before the first retry of a failed download; each later one waits this times its number.</summary>
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(2);

    public int Attempts { get; init; } = 3;
    public TimeSpan RetryDelay { get; init; } = DefaultRetryDelay;

    /// <summary>Accept plain-http sources (a mirror inside a trusted network); https otherwise.</summary>
    public bool AllowPlainHttp { get; init; }

    /// <summary>The largest file accepted; the official files are a few megabytes.</summary>
    public long MaxBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>An HTTP client that leaves redirects to the downloader, for the given time limit per request.</summary>
    public static HttpClient CreateClient(TimeSpan timeout)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Sightline/0.1 (+sanctions list update)");
        return client;
    }

    /// <summary>Downloads every file of <paramref name="source"/> into <paramref name="folder"/>.</summary>
    /// <returns>The latest Last-Modified time the server gave, as the list's publication time; null if none.</returns>
    /// <exception cref="ListDownloadException">A file could not be fetched completely after all attempts.</exception>
    public async Task<DateTimeOffset?> DownloadAsync(ListDownloadSource source, string folder, CancellationToken cancel = default)
    {
        foreach (var url in source.Files) CheckScheme(url);
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
        var attempts = 0;
        string Tried() => attempts > 1 ? $" (tried {attempts} times)" : "";
        try
        {
            using var response = await RetryPipeline(target).ExecuteAsync(async token =>
            {
                attempts++;
                return await FetchAsync(url, target, token).ConfigureAwait(false);
            }, cancel).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK) return response.Content.Headers.LastModified;
            throw new ListDownloadException($"{url}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}{Tried()}");
        }
        catch (Exception e) when (IsTransientException(e, cancel))
        {
            File.Delete(target);
            throw new ListDownloadException($"{url}: {Describe(e)}{Tried()}", e);
        }
    }

    /// <summary>Tries a whole file again, request and body (a connection cut halfway through the body is the usual
    /// failure), after <see cref="RetryDelay"/> times the attempt number, deleting what the failed attempt wrote. What is
    /// worth another try is Microsoft.Extensions.Http.Resilience's rule (a connection failure, a timeout, 408, 429 or
    /// 5xx), and a body cut short.</summary>
    private ResiliencePipeline<HttpResponseMessage> RetryPipeline(string target)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, Attempts - 1),
            Delay = RetryDelay,
            BackoffType = DelayBackoffType.Linear,
            UseJitter = false,
            ShouldRetryAfterHeader = false, // a server's Retry-After must not hold the update for an hour
            OnRetry = args =>
            {
                args.Outcome.Result?.Dispose();
                File.Delete(target);
                return default;
            },
        };
        var transient = retry.ShouldHandle;
        retry.ShouldHandle = args => args.Outcome.Exception is { } e && IsTransientException(e, args.Context.CancellationToken)
            ? ValueTask.FromResult(true)
            : transient(args);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        return (Attempts > 1 ? builder.AddRetry(retry) : builder).Build();
    }

    /// <summary>A failure another try may mend: the connection (refused, reset, cut short) or a time-out, not a
    /// cancellation by the caller.</summary>
    private static bool IsTransientException(Exception e, CancellationToken cancel) =>
        !cancel.IsCancellationRequested && e is HttpRequestException or IOException or TaskCanceledException or TimeoutRejectedException;

    private void CheckScheme(Uri url)
    {
        if (url.Scheme == Uri.UriSchemeHttps || (AllowPlainHttp && url.Scheme == Uri.UriSchemeHttp)) return;
        throw new ListDownloadException(url.Scheme == Uri.UriSchemeHttp
            ? $"{url}: a list is fetched over https only, so that nobody on the way can change it (--allow-http for a trusted mirror)"
            : $"{url}: not an https address");
    }

    /// <summary>One attempt: the response, with its body written to <paramref name="target"/> when the status is 200.</summary>
    private async Task<HttpResponseMessage> FetchAsync(Uri url, string target, CancellationToken cancel)
    {
        var response = await GetFollowingSameHostRedirectsAsync(url, cancel).ConfigureAwait(false);
        try
        {
            if (response.StatusCode == HttpStatusCode.OK) await WriteBodyAsync(response, url, target, cancel).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task WriteBodyAsync(HttpResponseMessage response, Uri url, string target, CancellationToken cancel)
    {
        var expected = response.Content.Headers.ContentLength;
        if (expected > MaxBytes) throw new ListDownloadException($"{url}: the server announces {expected:N0} bytes, more than the {MaxBytes:N0} bytes accepted for a list file");
        long written;
        await using (var file = File.Create(target))
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
            written = await CopyAtMostAsync(body, file, url, cancel).ConfigureAwait(false);
        }
        if (expected is { } length && written != length)
            throw new IOException($"received {written:N0} of {length:N0} bytes");
        if (written == 0) throw new IOException("the server sent an empty file");
    }

    private async Task<HttpResponseMessage> GetFollowingSameHostRedirectsAsync(Uri url, CancellationToken cancel)
    {
        var current = url;
        for (var hops = 0; ; hops++)
        {
            var response = await http.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            if ((int)response.StatusCode is < 300 or > 399 || response.Headers.Location is not { } location) return response;
            response.Dispose();
            var next = location.IsAbsoluteUri ? location : new Uri(current, location);
            if (next.Scheme != current.Scheme || !string.Equals(next.Host, current.Host, StringComparison.OrdinalIgnoreCase))
                throw new ListDownloadException($"{url}: redirected to {next.GetLeftPart(UriPartial.Authority)}, another host or scheme; not followed (name that address as the source if it is trusted)");
            if (hops >= MaxRedirects) throw new ListDownloadException($"{url}: more than {MaxRedirects} redirects");
            current = next;
        }
    }

    private async Task<long> CopyAtMostAsync(Stream body, Stream file, Uri url, CancellationToken cancel)
    {
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
        {
            written += read;
            if (written > MaxBytes) throw new ListDownloadException($"{url}: more than the {MaxBytes:N0} bytes accepted for a list file; download stopped");
            await file.WriteAsync(buffer.AsMemory(0, read), cancel).ConfigureAwait(false);
        }
        return written;
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
public sealed class ListDownloadException(string message, Exception? inner = null) : Exception(message, inner);
