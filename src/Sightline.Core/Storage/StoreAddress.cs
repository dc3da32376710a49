using System.Security.Cryptography;
using System.Text;

namespace Sightline.Storage;

/// <summary>
/// Which database holds the knowledge base and the lists, as given by <c>--db</c>, <c>SIGHTLINE_DB</c> or configuration
/// (ADR-039): a SQLite file path or <c>sqlite:PATH</c>, or a PostgreSQL server as <c>postgres://user:pass@host:port/db</c>,
/// <c>postgresql://…</c> or a keyword string (<c>Host=…;Database=…</c>). The composition root reads it and opens the
/// store it names; hosts pass it on without knowing which store it is.
/// </summary>
public abstract record StoreAddress
{
    /// <summary>The address in <paramref name="text"/>; a clear error when it names no store Sightline can open.</summary>
    public static StoreAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw new StoreAddressException("the database address is empty");
        if (trimmed.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = trimmed["sqlite:".Length..];
            if (path.StartsWith("//", StringComparison.Ordinal)) path = path[2..];
            return path.Length > 0 ? new SqliteAddress(path) : throw new StoreAddressException("sqlite: names no file (write sqlite:PATH)");
        }
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return PostgresAddress.FromUrl(trimmed);
        if (PostgresAddress.LooksLikeKeywords(trimmed)) return PostgresAddress.FromKeywords(trimmed);
        return new SqliteAddress(text);
    }

    /// <summary>The address given by <paramref name="explicitAddress"/>, else <c>SIGHTLINE_DB</c>, else the default
    /// SQLite file (<see cref="StoreLocation"/>).</summary>
    public static StoreAddress Resolve(string? explicitAddress) => Parse(StoreLocation.Resolve(explicitAddress));

    /// <summary>The address as it may be shown and logged: never a password.</summary>
    public abstract string Display { get; }

    /// <summary>Where files kept on this machine for this store begin (the stored screening index adds <c>.index</c>):
    /// beside a SQLite file, in the user's local data folder for a server database.</summary>
    public abstract string LocalFileStem { get; }

    /// <summary>True when the address names a database file on this machine (SQLite).</summary>
    public abstract bool IsFile { get; }

    /// <summary>True when the address names a database file that does not exist (a server database is looked for by
    /// connecting to it).</summary>
    public abstract bool IsMissingFile { get; }

    public sealed override string ToString() => Display;
}

/// <summary>A SQLite file (or <c>:memory:</c>).</summary>
public sealed record SqliteAddress(string Path) : StoreAddress
{
    public override string Display => Path;

    public override string LocalFileStem => Path;

    public override bool IsFile => true;

    public override bool IsMissingFile => Path != ":memory:" && !File.Exists(Path);
}

/// <summary>A PostgreSQL database, as an Npgsql keyword connection string and the parts shown to people.</summary>
public sealed record PostgresAddress : StoreAddress
{
    private static readonly string[] Keywords = ["host", "server", "port", "database", "db", "username", "user id", "userid", "user", "password", "pwd"];

    private PostgresAddress(string connectionString, string host, int port, string database, string? user)
    {
        ConnectionString = connectionString;
        Host = host;
        Port = port;
        Database = database;
        User = user;
    }

    /// <summary>The keyword connection string the PostgreSQL store opens (holds the password when one was given).</summary>
    public string ConnectionString { get; }
    public string Host { get; }
    public int Port { get; }
    public string Database { get; }
    public string? User { get; }

    public override bool IsFile => false;

    public override bool IsMissingFile => false;

    public override string Display => $"postgres://{(User is null ? "" : Uri.EscapeDataString(User) + "@")}{Host}:{Port}/{Database}";

    public override string LocalFileStem
    {
        get
        {
            var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Host}:{Port}/{Database}")))[..16];
            return System.IO.Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
                "sightline", $"postgres-{digest}");
        }
    }

    /// <summary>True when <paramref name="text"/> is a keyword string naming a host (<c>Host=…;…</c>).</summary>
    internal static bool LooksLikeKeywords(string text) =>
        text.Contains('=') && Pairs(text).Any(p => p.Key is "host" or "server");

    internal static PostgresAddress FromKeywords(string text)
    {
        var pairs = Pairs(text).ToList();
        string? Value(params string[] keys) => pairs.LastOrDefault(p => keys.Contains(p.Key)).Value;
        var host = Value("host", "server") ?? throw new StoreAddressException("the PostgreSQL address names no Host");
        var port = ParsePort(Value("port"));
        var user = Value("username", "user id", "userid", "user");
        var database = Value("database", "db") ?? user ?? "postgres";
        return new PostgresAddress(text, host, port, database, user);
    }

    internal static PostgresAddress FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreAddressException($"'{Redact(text)}' is not a PostgreSQL address (postgres://user:password@host:port/database)");
        string? user = null, password = null;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Contains('/')) throw new StoreAddressException($"'{Redact(text)}' names a path, not one database");
        if (database.Length == 0) database = user ?? "postgres";
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;

        var keywords = new StringBuilder();
        Append(keywords, "Host", host);
        Append(keywords, "Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(keywords, "Database", database);
        if (user is not null) Append(keywords, "Username", user);
        if (password is not null) Append(keywords, "Password", password);
        foreach (var option in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = option.IndexOf('=');
            if (equals <= 0) throw new StoreAddressException($"the option '{option}' of the PostgreSQL address has no value");
            var name = Uri.UnescapeDataString(option[..equals]);
            if (Keywords.Contains(name.ToLowerInvariant())) throw new StoreAddressException($"the option '{name}' repeats a part of the address");
            Append(keywords, name, Uri.UnescapeDataString(option[(equals + 1)..]));
        }
        return new PostgresAddress(keywords.ToString(), host, port, database, user);
    }

    private static int ParsePort(string? text) =>
        text is null ? 5432
        : int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536 ? port
        : throw new StoreAddressException($"the PostgreSQL port '{text}' is not a port number");

    private static void Append(StringBuilder keywords, string name, string value) =>
        keywords.Append(name).Append('=').Append(Quote(value)).Append(';');

    /// <summary>A keyword value quoted when it holds a separator or a quote.</summary>
    private static string Quote(string value) =>
        value.IndexOfAny([';', '=', '\'', '"', ' ']) < 0 ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The keyword pairs of a connection string, keys in lower case (quoted values unquoted).</summary>
    private static IEnumerable<KeyValuePair<string, string>> Pairs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var equals = text.IndexOf('=', i);
            if (equals < 0) yield break;
            var key = text[i..equals].Trim().ToLowerInvariant();
            i = equals + 1;
            while (i < text.Length && text[i] == ' ') i++;
            var value = new StringBuilder();
            if (i < text.Length && text[i] is '\'' or '"')
            {
                var quote = text[i++];
                while (i < text.Length)
                {
                    if (text[i] == quote && i + 1 < text.Length && text[i + 1] == quote) { value.Append(quote); i += 2; }
                    else if (text[i] == quote) { i++; break; }
                    else value.Append(text[i++]);
                }
                while (i < text.Length && text[i] != ';') i++;
            }
            else
            {
                var end = text.IndexOf(';', i);
                if (end < 0) end = text.Length;
                value.Append(text[i..end].Trim());
                i = end;
            }
            i++;
            yield return new(key, value.ToString());
        }
    }

    /// <summary>A URL with its password blanked, for an error message.</summary>
    private static string Redact(string url)
    {
        var at = url.LastIndexOf('@');
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0) return url;
        var colon = url.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? url[..(colon + 1)] + "***" + url[at..] : url;
    }
}

/// <summary>A database address Sightline cannot read; the message says what is wrong and never holds a password.</summary>
public sealed class StoreAddressException(string message) : Exception(message);
