using DipolePortal.Worker.Store;

namespace DipolePortal.Worker.Tests.Store;

public sealed class StoreUriTests
{
    [Fact]
    public void Parse_Sqlite_KeepsThePath()
    {
        StoreUri uri = StoreUri.Parse("sqlite:runs/dipole.db");
        Assert.Equal(StoreKind.Sqlite, uri.Kind);
        Assert.Equal("runs/dipole.db", uri.SqlitePath);
        Assert.Equal("sqlite:runs/dipole.db", uri.ToString());
    }

    [Fact]
    public void Parse_Postgres_ReadsEveryPart()
    {
        StoreUri uri = StoreUri.Parse("postgres://farm@db.local:5433/dipole");
        Assert.Equal(StoreKind.Postgres, uri.Kind);
        Assert.Equal("farm", uri.User);
        Assert.Equal("db.local", uri.Host);
        Assert.Equal(5433, uri.Port);
        Assert.Equal("dipole", uri.Database);
        Assert.Equal("postgres://farm@db.local:5433/dipole", uri.ToString());
    }

    [Fact]
    public void Parse_PostgresWithoutPort_UsesDefault()
    {
        Assert.Equal(5432, StoreUri.Parse("postgresql://farm@127.0.0.1/dipole").Port);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("mysql://u@h:1/db", "unknown scheme")]
    [InlineData("sqlite:", "no usable file path")]
    [InlineData("postgres://h:5432/db", "needs a user")]
    [InlineData("postgres://u@h:5432", "needs a user and a database")]
    [InlineData("postgres://u@h:5432/", "no valid database")]
    [InlineData("postgres://u@h:99999/db", "port '99999'")]
    [InlineData("postgres://u@h:abc/db", "port 'abc'")]
    [InlineData("postgres://u@:5432/db", "no valid host")]
    public void Parse_WhenMalformed_ThrowsArgumentExceptionSayingWhy(string text, string reason)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => StoreUri.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("postgres://USER@HOST:PORT/DB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenUriCarriesPassword_RefusesWithoutEchoingIt()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => StoreUri.Parse("postgres://farm:hunter2-secret@h:5432/db"));
        Assert.DoesNotContain("hunter2-secret", e.ToString(), StringComparison.Ordinal);
        Assert.Contains("PGPASSWORD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WhenMalformed_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ShardStoreFactory.Open("redis://x"));
    }

    [Fact]
    public void TryParse_WhenMalformed_ReturnsTheMessage()
    {
        Assert.False(StoreUri.TryParse("nope", out StoreUri? parsed, out string? error));
        Assert.Null(parsed);
        Assert.Contains("unknown scheme", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresStore_WhenServerIsUnreachable_FailsTransientlyWithoutThePassword()
    {
        const string secret = "n0t-in-any-message-9c2e";
        StoreUri uri = StoreUri.Parse("postgres://farm@127.0.0.1:1/dipole");
        await using var store = new PostgresShardStore(uri, secret);

        Exception e = await Assert.ThrowsAnyAsync<Exception>(() => store.EnsureSchemaAsync());
        Assert.True(StoreErrors.IsTransient(e), e.ToString());
        Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, store.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, uri.ToString(), StringComparison.Ordinal);
    }
}
