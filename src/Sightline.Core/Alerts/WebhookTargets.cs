using System.Net;
using System.Net.Sockets;

namespace Sightline.Alerts;

/// <summary>
/// Where a webhook may send an alert. A webhook is configured once and then POSTs on its own, so a hostile or mistaken
/// address must not turn it against the analyst's own network: loopback, private (RFC 1918, fc00::/7, 100.64/10),
/// link-local (169.254/16 with the cloud metadata service, fe80::/10), unspecified, multicast and reserved addresses
/// are refused unless the hook was added with private targets allowed. The check runs when a hook is added and again
/// on every connection, on the addresses the name resolves to then (a name may be re-pointed after it was added).
/// </summary>
public static class WebhookTargets
{
    /// <summary>Why an address is no public target ("loopback", "private", …), or null when it is one.</summary>
    public static string? RefusalOf(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return address.GetAddressBytes() switch
            {
                [0, ..] => "unspecified",
                [127, ..] => "loopback",
                [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => "private",
                [100, >= 64 and <= 127, ..] => "private (shared address space)",
                [169, 254, ..] => "link-local",
                [>= 224, ..] => "multicast or reserved",
                _ => null,
            };
        if (address.Equals(IPAddress.IPv6Any)) return "unspecified";
        if (address.Equals(IPAddress.IPv6Loopback)) return "loopback";
        if (address.IsIPv6LinkLocal) return "link-local";
        if (address.IsIPv6SiteLocal || (address.GetAddressBytes()[0] & 0xfe) == 0xfc) return "private";
        if (address.IsIPv6Multicast) return "multicast or reserved";
        return null;
    }

    /// <summary>Why a webhook address is refused when private targets are not allowed, or null. A host name is resolved
    /// now; a name that does not resolve yet is accepted here and checked again when it is delivered to.</summary>
    public static string? RefusalOf(Uri url)
    {
        IPAddress[] addresses;
        try { addresses = Resolve(url.IdnHost); }
        catch (SocketException) { return null; }
        return addresses.Select(a => RefusalOf(a) is { } why ? $"{url.Host} is a {why} address{(a.ToString() == url.Host.Trim('[', ']') ? "" : $" ({a})")}" : null)
            .FirstOrDefault(why => why is not null);
    }

    /// <summary>An HTTP handler for webhook requests: it connects only to permitted addresses (checked on the resolved
    /// addresses of every connection, so DNS rebinding cannot reach a private host), never follows a redirect, and uses
    /// no proxy (a proxy would make the connection check look at the proxy instead of the target).</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = (context, cancel) => ConnectAsync(context.DnsEndPoint, allowPrivate, cancel),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancel)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancel);
        var permitted = allowPrivate ? addresses : addresses.Where(a => RefusalOf(a) is null).ToArray();
        if (permitted.Length == 0)
            throw new WebhookTargetRefusedException(
                $"refused: {host} is {string.Join(", ", addresses.Select(a => $"{a} ({RefusalOf(a)})"))}; webhooks go to public addresses only " +
                "(sightline webhooks add URL --allow-private allows a private receiver)");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, endpoint.Port, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static IPAddress[] Resolve(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : Dns.GetHostAddresses(host);
}

/// <summary>A webhook connection refused because its target is not a public address.</summary>
public sealed class WebhookTargetRefusedException(string message) : IOException(message);
