using Microsoft.Data.Sqlite;
using Sightline.Storage.Postgres;
using Sightline.Storage.Sqlite;
using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline db migrate</c> and <c>sightline db copy</c> (ADR-041): the seed base (the bundled lists and the
/// sample reports) copied from SQLite into PostgreSQL, every table verified, and what is refused or rolled back.</summary>
public sealed class DbCommandTests : IDisposable
{
    private readonly TempFolder _files = new();

    public DbCommandTests() => PostgresTestDatabase.RequireServer();

    /// <summary>Tables the seed base fills, checked row by row count on both sides (the copy's own report aside).</summary>
    private static readonly string[] FilledTables = ["lists", "list_versions", "entry_payloads", "version_entries", "kb_documents", "kb_entities", "kb_names", "kb_mentions", "kb_claims", "kb_claim_parties", "kb_events", "kb_links", "alerts"];

    [Fact]
    public async Task Migrate_brings_a_new_PostgreSQL_database_to_the_latest_schema_then_has_nothing_to_do()
    {
        using var database = PostgresTestDatabase.CreateEmpty();

        var first = await InProcessCli.RunAsync("db", "migrate", "--db", database.Address);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains($"migrated from schema version 0 to {PostgresMigrations.Latest}.", first.Output);
        Assert.DoesNotContain("Password", first.Output, StringComparison.OrdinalIgnoreCase);

        var again = await InProcessCli.RunAsync("db", "migrate", "--db", database.Address);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"schema version {PostgresMigrations.Latest}, the latest this build knows; nothing to migrate.", again.Output);
    }

    [Fact]
    public async Task Migrate_brings_a_SQLite_file_of_an_older_build_up_to_date()
    {
        var path = _files.File("old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            SqliteMigrations.ApplyUpTo(connection, 9, TemplateDatabase.ImportedAt);
        }

        var result = await InProcessCli.RunAsync("db", "migrate", "--db", path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"migrated from schema version 9 to {SqliteMigrations.Latest}.", result.Output);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task Copy_moves_the_seed_base_into_PostgreSQL_with_every_table_verified_and_ids_continuing_after_it()
    {
        var seed = TemplateDatabase.Copy(TemplateDatabase.ListsAndSamples, _files.File("seed.db"));
        using var target = PostgresTestDatabase.CreateEmpty();

        var result = await InProcessCli.RunAsync("db", "copy", "--from", seed, "--to", target.Address);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("every table's row count and checksum match; committed.", result.Output);
        Assert.DoesNotContain("DIFFERENT", result.Output);
        using var source = new SqliteConnection($"Data Source={seed};Mode=ReadOnly;Pooling=false");
        source.Open();
        foreach (var table in FilledTables)
        {
            var rows = (long)source.Scalar(null, $"SELECT count(*) FROM {table}")!;
            Assert.True(rows > 0, $"the seed base has no {table} rows to copy");
            Assert.Equal(rows, target.Scalar($"SELECT count(*) FROM {table}"));
            Assert.Matches($@"(?m)^{table}\s+{rows:N0}\s+{rows:N0}\s+[0-9a-f]{{16}}\s+[0-9a-f]{{16}}\s+same$", result.Output);
        }
        Assert.Equal(source.Scalar(null, "SELECT group_concat(name, '|') FROM (SELECT name FROM kb_entities ORDER BY id)"),
            target.Scalar("SELECT string_agg(name, '|' ORDER BY id COLLATE \"C\") FROM kb_entities"));
        var lastVersion = (long)target.Scalar("SELECT max(id) FROM list_versions")!;
        Assert.True((long)target.Scalar("SELECT nextval(pg_get_serial_sequence('list_versions', 'id'))")! > lastVersion);
        Assert.Equal(source.Scalar(null, "SELECT count(*) FROM kb_document_texts"), target.Scalar("SELECT count(*) FROM kb_search_documents"));
        var searched = await InProcessCli.RunAsync("--db", target.Address, "documents", "--search", "Khazali ambassador", "--json");
        Assert.True(searched.ExitCode == 0, searched.Error);
        Assert.Contains("\"D-", searched.Output);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task Copy_refuses_a_target_that_holds_data_unless_told_to_replace_it()
    {
        var lists = TemplateDatabase.CopyTo(_files.File("lists.db"), withIndex: false);
        using var target = PostgresTestDatabase.CreateEmpty();
        Assert.Equal(0, (await InProcessCli.RunAsync("db", "copy", "--from", lists, "--to", target.Address)).ExitCode);
        var copied = (long)target.Scalar("SELECT count(*) FROM version_entries")!;
        target.Execute("DELETE FROM version_entries WHERE version_id = (SELECT max(id) FROM list_versions)");
        var left = (long)target.Scalar("SELECT count(*) FROM version_entries")!;

        var refused = await InProcessCli.RunAsync("db", "copy", "--from", lists, "--to", target.Address);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the target already holds data", refused.Error);
        Assert.Contains("--replace", refused.Error);
        Assert.Equal(left, target.Scalar("SELECT count(*) FROM version_entries"));

        var replaced = await InProcessCli.RunAsync("db", "copy", "--from", lists, "--to", target.Address, "--replace");

        Assert.True(replaced.ExitCode == 0, replaced.Output + replaced.Error);
        Assert.True(left < copied, "the test deleted nothing");
        Assert.Equal(copied, target.Scalar("SELECT count(*) FROM version_entries"));
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task A_copy_whose_rows_arrive_changed_is_rolled_back_and_exits_non_zero()
    {
        var seed = TemplateDatabase.Copy(TemplateDatabase.ListsAndSamples, _files.File("seed.db"));
        using var target = PostgresTestDatabase.CreateEmpty();
        Assert.Equal(0, (await InProcessCli.RunAsync("db", "migrate", "--db", target.Address)).ExitCode);
        // A rule of the target's own that rewrites a name on its way in: what the checksums are there to catch.
        target.Execute("""
            CREATE FUNCTION test_rewrite_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$;
            CREATE TRIGGER test_rewrite_name BEFORE INSERT ON kb_entities FOR EACH ROW EXECUTE FUNCTION test_rewrite_name();
            """);

        var result = await InProcessCli.RunAsync("db", "copy", "--from", seed, "--to", target.Address);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^kb_entities\s.*DIFFERENT$", result.Output);
        Assert.Contains("kb_entities differ", result.Error);
        Assert.Contains("nothing was committed", result.Error);
        Assert.Equal(0L, target.Scalar("SELECT count(*) FROM kb_entities"));
        Assert.Equal(0L, target.Scalar("SELECT count(*) FROM version_entries"));
    }

    [Fact]
    public async Task A_copy_that_would_leave_a_table_behind_is_refused_before_writing()
    {
        var lists = TemplateDatabase.CopyTo(_files.File("lists.db"), withIndex: false);
        using (var connection = new SqliteConnection($"Data Source={lists};Pooling=false"))
        {
            connection.Open();
            connection.Run(null, "CREATE TABLE local_notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO local_notes (text) VALUES ('kept here only')");
        }
        using var target = PostgresTestDatabase.CreateEmpty();

        var result = await InProcessCli.RunAsync("db", "copy", "--from", lists, "--to", target.Address);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("table local_notes is not in the target", result.Error);
        Assert.Equal(0L, target.Scalar("SELECT count(*) FROM version_entries"));
    }

    public void Dispose() => _files.Dispose();
}
