namespace Sightline.Web.Access;

/// <summary>How the server was opened (ADR-027): whether it listens beyond this machine (then every request needs a
/// credential; on loopback only, reads stay open), the host names requests may carry, the database holding the keys,
/// and the server's owner, whom the one-time sign-in link's browser session acts as.</summary>
public sealed record AccessSettings(string DatabasePath, bool Exposed, IReadOnlyList<string> AllowedHosts, string Owner);
