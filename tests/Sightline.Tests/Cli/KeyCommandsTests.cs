using System.Text.RegularExpressions;
using Sightline.Access;
using Sightline.Composition;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline keys add|list|revoke</c>: a key is printed once and stored as a hash, listing never shows it,
/// revoking stops it, and both changes are in the audit trail under <c>--user</c>.</summary>
public sealed partial class KeyCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliRunner.Result> Run(params string[] args) => InProcessCli.RunAsync([.. args, "--db", _temp.File("keys.db"), "--user", "desk-admin"]);

    [GeneratedRegex(@"sl_[A-Za-z0-9_-]{43}")]
    private static partial Regex Secret();

    [GeneratedRegex(@"key (K-[0-9a-f]{10}) for")]
    private static partial Regex Id();

    [Fact]
    public async Task A_key_is_shown_once_stored_as_a_hash_and_revoked_on_the_record()
    {
        var added = await Run("keys", "add", "Ines Marlow", "--role", "analyst", "--why", "joins the desk");
        Assert.Equal(0, added.ExitCode);
        var secret = Secret().Match(added.Output).Value;
        var id = Id().Match(added.Output).Groups[1].Value;
        Assert.NotEmpty(secret);

        var listed = await Run("keys", "list");
        Assert.Contains($"{id}  analyst  Ines Marlow", listed.Output);
        Assert.DoesNotContain(secret, listed.Output);
        Assert.DoesNotContain(secret, File.ReadAllText(_temp.File("keys.db"), System.Text.Encoding.Latin1)); // only the hash is kept

        using (var store = Stores.OpenAccessKeys(_temp.File("keys.db"), TimeProvider.System))
            Assert.Equal("Ines Marlow", new AccessKeys(store, TimeProvider.System).Find(secret)?.Name);
        Assert.Equal(0, (await Run("keys", "revoke", id, "--why", "left the desk")).ExitCode);
        Assert.Equal(1, (await Run("keys", "revoke", id)).ExitCode);
        Assert.Contains("REVOKED", (await Run("keys", "list")).Output);
        using (var store = Stores.OpenAccessKeys(_temp.File("keys.db"), TimeProvider.System))
            Assert.Null(new AccessKeys(store, TimeProvider.System).Find(secret));

        var audit = (await Run("audit")).Output;
        Assert.Contains("add-key", audit);
        Assert.Contains("revoke-key", audit);
        Assert.Contains("desk-admin", audit);
        Assert.NotEqual(0, (await Run("keys", "add", "Someone", "--role", "owner")).ExitCode);
    }
}
