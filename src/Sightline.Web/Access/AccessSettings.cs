namespace Sightline.Web.Access;

/// <summary>How the server was opened (ADR-027): whether it listens beyond this machine (then every request needs a
/// credential; on loopback only, reads stay open), the host names requests may carry, and the database holding the keys.</summary>
public sealed record AccessSettings(string DatabasePath, bool Exposed, IReadOnlyList<string> AllowedHosts);
