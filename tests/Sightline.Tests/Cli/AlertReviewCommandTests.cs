using System.Text.Json;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary>The alert, review, audit, export and import commands as an analyst would use them, run in the test process on
/// a copy of the template database.</summary>
public sealed class AlertReviewCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly LocalWebhookReceiver _receiver = new();

    public void Dispose()
    {
        _receiver.Dispose();
        _temp.Dispose();
    }

    private string Db => File.Exists(_temp.File("k.db")) ? _temp.File("k.db") : TemplateDatabase.CopyTo(_temp.File("k.db"));

    private Task<CliRunner.Result> Run(params string[] args) => InProcessCli.RunAsync([.. args, "--db", Db]);

    [Fact]
    public async Task An_analyst_sees_alerts_acknowledges_one_and_gets_them_by_webhook()
    {
        Assert.Equal(0, (await Run("webhooks", "add", _receiver.Url, "--allow-private")).ExitCode);
        var ingest = await Run("ingest", Repository.Samples);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("ALERT ", ingest.Output);
        Assert.Contains("Webhooks: ", ingest.Output);
        Assert.Contains(" delivered", ingest.Output);
        Assert.NotEmpty(_receiver.Received);

        var alerts = (await Run("alerts", "--json")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var dinner = Assert.Single(alerts, a => a.GetProperty("summary").GetString()!.Contains("Antonio Guterres", StringComparison.Ordinal));
        Assert.Equal("sanctioned-meeting", dinner.GetProperty("rule").GetString());
        Assert.Equal(1, dinner.GetProperty("alert").GetProperty("independent_sources").GetInt32());

        var id = dinner.GetProperty("id").GetString()!;
        Assert.Equal(0, (await Run("alerts", "ack", id, "--user", "ana")).ExitCode);
        Assert.DoesNotContain(id, (await Run("alerts")).Output);
        Assert.Contains("acknowledged by ana", (await Run("alerts", "--all")).Output);
        Assert.Contains("delivered", (await Run("webhooks")).Output);
    }

    [Fact]
    public async Task Webhooks_add_refuses_a_private_target_without_the_admin_setting_and_shows_the_secret_once()
    {
        var refused = await Run("webhooks", "add", _receiver.Url);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("127.0.0.1 is a loopback address", refused.Error);
        Assert.Contains("No webhooks", (await Run("webhooks")).Output);

        var added = await Run("webhooks", "add", _receiver.Url, "--allow-private");
        Assert.Equal(0, added.ExitCode);
        var secret = System.Text.RegularExpressions.Regex.Match(added.Output, "signing secret .*: ([0-9a-f]{64})").Groups[1].Value;
        Assert.NotEmpty(secret);
        var listed = (await Run("webhooks")).Output;
        Assert.Contains("(private targets allowed)", listed);
        Assert.DoesNotContain(secret, listed);
    }

    [Fact]
    public async Task Review_decisions_are_listed_by_audit_with_who_and_why()
    {
        Assert.Equal(0, (await Run("ingest", Repository.Samples)).ExitCode);
        var watch = await Run("watch", "Haider al-Abadi");
        Assert.Contains("watching Haider al-Abadi", watch.Output);

        var unlink = await Run("review", "unlink", "Qais al-Khazali", "us_ofac_sdn:28004", "--why", "checking the audit trail", "--user", "ana");
        Assert.True(unlink.ExitCode == 0, unlink.Error);
        var refused = await Run("review", "link", "Qais al-Khazali", "28004", "--why", "no list given");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is not LIST:ID", refused.Error);

        var audit = (await Run("audit", "--json")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var decision = Assert.Single(audit);
        Assert.Equal(("unlink", "ana", "checking the audit trail"), (decision.GetProperty("action").GetString(), decision.GetProperty("user").GetString(), decision.GetProperty("reason").GetString()));
        Assert.Contains("lists:        not linked to any list entry", (await Run("entity", "Qais al-Khazali")).Output);
    }

    [Fact]
    public async Task An_ftm_export_imports_into_a_fresh_database()
    {
        Assert.Equal(0, (await Run("ingest", Repository.Samples)).ExitCode);
        var file = _temp.File("kb.ftm.json");
        Assert.Equal(0, (await Run("export", "--format", "ftm", "-o", file)).ExitCode);
        var fresh = _temp.File("fresh.db");
        var import = await InProcessCli.RunAsync("import", file, "--db", fresh);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains($"imported {File.ReadLines(file).Count():N0} FollowTheMoney entities", import.Output);
        var profile = await InProcessCli.RunAsync("entity", "Qais al-Khazali", "--db", fresh);
        Assert.Contains("28004", profile.Output);
        Assert.Contains("Antonio Guterres", profile.Output);
    }
}
