using System.Net;

namespace Sightline.Web.Access;

/// <summary>
/// Where the server may listen, checked for every address however it was configured (<c>--urls</c>, Kestrel endpoints in
/// configuration, and the addresses actually bound after start). Loopback is always allowed. An address beyond this
/// machine is allowed only when API keys exist, TLS protects it (an https address, or a proxy in front that terminates
/// TLS, said explicitly), and the host names clients use are known.
/// </summary>
public static class ListeningGuard
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Checks <paramref name="urls"/> and answers the settings requests are judged by; throws
    /// <see cref="ArgumentException"/> saying what is missing when an address may not be used.</summary>
    /// <param name="keysExist">True when at least one unrevoked API key exists.</param>
    public static AccessSettings Check(IEnumerable<string> urls, ServerOptions options, bool keysExist)
    {
        var hosts = new List<string>(LoopbackNames);
        var exposed = false;
        foreach (var url in urls)
        {
            var uri = Parse(url);
            if (IsLoopback(uri, url)) continue;
            exposed = true;
            if (!keysExist)
                throw new ArgumentException($"'{url}' listens beyond this machine, and no API key exists; Sightline serves loopback only until every request can carry a credential (sightline keys add NAME --role analyst)");
            if (uri.Scheme != Uri.UriSchemeHttps && !options.BehindTlsProxy)
                throw new ArgumentException($"'{url}' listens beyond this machine without TLS; serve https://… with a certificate (Kestrel:Certificates:Default), or say --behind-tls-proxy when a proxy in front terminates TLS");
            if (!IsWildcard(uri)) hosts.Add(uri.Host);
        }
        hosts.AddRange(options.Hosts ?? []);
        if (exposed && hosts.Count == LoopbackNames.Length)
            throw new ArgumentException("the server listens on every address: name the host clients reach it by with --host NAME (requests naming any other host are refused, against DNS rebinding)");
        return new AccessSettings(options.DatabasePath, exposed, hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), options.Reviewer);
    }

    /// <summary>Throws when <paramref name="url"/> would listen beyond this machine.</summary>
    public static void RequireLoopback(string url)
    {
        if (!IsLoopback(Parse(url), url))
            throw new ArgumentException($"'{url}' listens beyond this machine, although the server was started for loopback only");
    }

    /// <summary>True for 127.0.0.0/8, ::1 and <c>localhost</c>; an IPv4 address written as IPv6 is refused with the address to write.</summary>
    private static bool IsLoopback(Uri uri, string url)
    {
        var ip = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
        var loopback = uri.Host == "localhost" || (ip is not null && IPAddress.IsLoopback(ip));
        if (loopback && ip is { IsIPv4MappedToIPv6: true })
            throw new ArgumentException($"'{url}' is an IPv4 address written as IPv6, which the server cannot listen on; write {ip.MapToIPv4()} instead");
        return loopback;
    }

    /// <summary>Kestrel's <c>*</c> and <c>+</c> (every address) read as 0.0.0.0.</summary>
    private static Uri Parse(string url)
    {
        var written = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(written, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"'{url}' is not an address such as {DefaultUrl}");
    }

    private static bool IsWildcard(Uri uri) =>
        IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) || ip.Equals(IPAddress.Any.MapToIPv6()));
}
