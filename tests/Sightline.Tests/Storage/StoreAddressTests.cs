using Sightline.Storage;

namespace Sightline.Tests.Storage;

/// <summary>The database address a host is given picks the store: a file path or <c>sqlite:</c> for SQLite, a
/// <c>postgres://</c> URL or a keyword string for PostgreSQL (ADR-039).</summary>
public sealed class StoreAddressTests
{
    [Theory]
    [InlineData("sightline.db", "sightline.db")]
    [InlineData("/var/lib/sightline/team.db", "/var/lib/sightline/team.db")]
    [InlineData("sqlite:/tmp/a b.db", "/tmp/a b.db")]
    [InlineData("sqlite:relative.db", "relative.db")]
    [InlineData("SQLITE:///abs/x.db", "/abs/x.db")]
    [InlineData(":memory:", ":memory:")]
    [InlineData("C:\\data\\sightline.db", "C:\\data\\sightline.db")]
    public void A_path_or_sqlite_address_names_a_sqlite_file(string text, string path)
    {
        var address = Assert.IsType<SqliteAddress>(StoreAddress.Parse(text));
        Assert.Equal(path, address.Path);
        Assert.Equal(path, address.LocalFileStem);
    }

    [Fact]
    public void A_postgres_url_becomes_a_keyword_string_and_shows_no_password()
    {
        var address = Assert.IsType<PostgresAddress>(StoreAddress.Parse("postgres://analyst:s3cr%3Bt@db.example.org:6543/sightline?sslmode=require"));
        Assert.Equal(("db.example.org", 6543, "sightline", "analyst"), (address.Host, address.Port, address.Database, address.User));
        Assert.Equal("Host=db.example.org;Port=6543;Database=sightline;Username=analyst;Password='s3cr;t';sslmode=require;", address.ConnectionString);
        Assert.Equal("postgres://analyst@db.example.org:6543/sightline", address.Display);
        Assert.DoesNotContain("s3cr", address.ToString());
    }

    [Fact]
    public void A_postgresql_url_without_port_or_database_takes_the_defaults()
    {
        var address = Assert.IsType<PostgresAddress>(StoreAddress.Parse("postgresql://team@localhost"));
        Assert.Equal((5432, "team"), (address.Port, address.Database));
        Assert.DoesNotContain("Password", address.ConnectionString);
    }

    [Fact]
    public void A_keyword_string_is_kept_as_given()
    {
        const string text = "Host=127.0.0.1;Port=55431;Username=postgres;Password=x;Database=kb";
        var address = Assert.IsType<PostgresAddress>(StoreAddress.Parse(text));
        Assert.Equal(text, address.ConnectionString);
        Assert.Equal(("127.0.0.1", 55431, "kb", "postgres"), (address.Host, address.Port, address.Database, address.User));
        Assert.Equal("postgres://postgres@127.0.0.1:55431/kb", address.Display);
    }

    [Fact]
    public void Two_postgres_databases_keep_their_local_files_apart_and_out_of_the_working_folder()
    {
        var first = StoreAddress.Parse("postgres://u@h:5432/one").LocalFileStem;
        var second = StoreAddress.Parse("postgres://u@h:5432/two").LocalFileStem;
        Assert.NotEqual(first, second);
        Assert.True(Path.IsPathRooted(first));
        Assert.Equal(first, StoreAddress.Parse("postgres://other:pw@h:5432/one").LocalFileStem);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("sqlite:", "names no file")]
    [InlineData("postgres://u:pw@host:5432/a/b", "one database")]
    [InlineData("Host=h;Port=seventy", "not a port number")]
    [InlineData("postgres://u@h/db?password=x", "repeats")]
    public void An_address_that_names_no_store_is_a_clear_error_without_its_password(string text, string says)
    {
        var error = Assert.Throws<StoreAddressException>(() => StoreAddress.Parse(text));
        Assert.Contains(says, error.Message);
        Assert.DoesNotContain("pw", error.Message);
    }
}
