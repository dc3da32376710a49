using System.Net;
using System.Net.Sockets;

namespace Sightline.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 that serves list files from a folder as <c>/LIST/FILE</c>, and can misbehave
/// on chosen files: close the connection halfway, or do that once and then serve properly.
/// </summary>
public sealed class LocalListServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Dictionary<string, Fault> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Uri> _redirects = new(StringComparer.OrdinalIgnoreCase);
    private readonly Task _loop;

    public enum Fault { CloseHalfway, CloseHalfwayOnce, UnavailableOnce }

    public LocalListServer(string root)
    {
        _root = root;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }
    public DateTimeOffset LastModified { get; set; } = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    public int Requests;

    public void Break(string relativePath, Fault fault) => _faults[relativePath] = fault;

    /// <summary>Answers requests for <paramref name="relativePath"/> with a 302 to <paramref name="target"/>.</summary>
    public void Redirect(string relativePath, Uri target) => _redirects[relativePath] = target;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            Interlocked.Increment(ref Requests);
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
        var path = Path.Combine(_root, relative);
        var response = context.Response;
        try
        {
            if (_redirects.TryGetValue(relative, out var target))
            {
                response.StatusCode = 302;
                response.RedirectLocation = target.ToString();
                response.Close();
                return;
            }
            if (!File.Exists(path))
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }
            if (_faults.TryGetValue(relative, out var unavailable) && unavailable == Fault.UnavailableOnce)
            {
                _faults.Remove(relative);
                response.StatusCode = 503;
                response.Close();
                return;
            }
            var bytes = File.ReadAllBytes(path);
            response.ContentLength64 = bytes.Length;
            response.Headers["Last-Modified"] = LastModified.ToString("R");
            if (_faults.TryGetValue(relative, out var fault))
            {
                if (fault == Fault.CloseHalfwayOnce) _faults.Remove(relative);
                response.OutputStream.Write(bytes, 0, bytes.Length / 2);
                response.OutputStream.Flush();
                response.Abort();
                return;
            }
            response.OutputStream.Write(bytes);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            response.Abort();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
