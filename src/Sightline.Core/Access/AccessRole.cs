namespace Sightline.Access;

/// <summary>What a credential may do on the server (ADR-027): a <see cref="Reader"/> reads the record, an
/// <see cref="Analyst"/> also changes it (uploads, review decisions, acknowledgements), an <see cref="Admin"/> also
/// administers the server.</summary>
public enum AccessRole
{
    Reader,
    Analyst,
    Admin,
}

/// <summary>Roles as they are written on the command line, in the database and in claims: lower case.</summary>
public static class AccessRoles
{
    public static string Name(this AccessRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The role named <paramref name="name"/> (reader, analyst or admin), or null.</summary>
    public static AccessRole? Parse(string? name) =>
        Enum.GetValues<AccessRole>().Cast<AccessRole?>().FirstOrDefault(r => string.Equals(r!.Value.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="role"/> may change the record.</summary>
    public static bool MayWrite(this AccessRole role) => role is AccessRole.Analyst or AccessRole.Admin;
}
