using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Sightline.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 that receives webhook POSTs and answers as told: fail (HTTP 500), hang (never answer
/// until disposed), accept (HTTP 204) or redirect (HTTP 307 to <see cref="RedirectTo"/>). It keeps every request it
/// received, answered or not.
/// </summary>
public sealed class LocalWebhookReceiver : IDisposable
{
    public enum Mode { Fail, Hang, Accept, Redirect }

    /// <summary>One request as received: its body bytes and the headers a receiver checks.</summary>
    public sealed record Request(byte[] Bytes, string? IdempotencyKey, string? Signature, string? Timestamp)
    {
        public string Body => System.Text.Encoding.UTF8.GetString(Bytes);
    }

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public LocalWebhookReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hook/";
        }
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }
    public Mode Answer { get; set; } = Mode.Accept;
    public string RedirectTo { get; set; } = "";
    public ConcurrentQueue<Request> Received { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var bytes = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(bytes);
        var headers = context.Request.Headers;
        Received.Enqueue(new(bytes.ToArray(), headers["Idempotency-Key"], headers["X-Sightline-Signature"], headers["X-Sightline-Timestamp"]));
        try
        {
            switch (Answer)
            {
                case Mode.Hang:
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    break;
                case Mode.Redirect:
                    context.Response.StatusCode = 307;
                    context.Response.RedirectLocation = RedirectTo;
                    break;
                case Mode.Fail:
                    context.Response.StatusCode = 500;
                    break;
                default:
                    context.Response.StatusCode = 204;
                    break;
            }
            context.Response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException) { }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
