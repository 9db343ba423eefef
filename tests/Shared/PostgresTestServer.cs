using DipolePortal.Worker.Store;
using Npgsql;
using Xunit.Abstractions;

namespace DipolePortal.Tests.Shared;

/// <summary>
/// The PostgreSQL started by tests/postgres/start.sh (tests/run), found through DIPOLE_TEST_POSTGRES and PGPASSWORD.
/// One source file, linked into every test project that needs it (Worker.Tests, Integration.Tests).
/// </summary>
internal static class PostgresTestServer
{
    public const string UriVariable = "DIPOLE_TEST_POSTGRES";

    /// <summary>
    /// The server's URI; null (after saying why) when it is not configured outside CI. In CI (CI=true) a missing
    /// server is a test failure, never a silent pass.
    /// </summary>
    public static StoreUri? Find(ITestOutputHelper output)
    {
        string? uri = Environment.GetEnvironmentVariable(UriVariable);
        if (!string.IsNullOrWhiteSpace(uri))
        {
            return StoreUri.Parse(uri);
        }

        const string why = UriVariable + " is not set: run the tests through tests/run, which starts PostgreSQL on 127.0.0.1";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(why + " (CI=true, so this is a failure).");
        }

        output.WriteLine("Not run against PostgreSQL: " + why + ".");
        return null;
    }

    /// <summary>The password of the test server (PGPASSWORD).</summary>
    public static string? Password => Environment.GetEnvironmentVariable(ShardStoreFactory.PasswordVariable);

    /// <summary>A direct connection for assertions on the store's tables.</summary>
    public static NpgsqlConnection Connect(StoreUri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Username = uri.User,
            Database = uri.Database,
            Password = Password,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }
}
