namespace DipolePortal.Coordinator.Tests.Commands;

/// <summary>The CLI contract of <c>dipole worker</c>: bad input is exit 2 with one line; an unreachable store is exit 1.</summary>
public sealed class WorkerCommandTests
{
    [Theory]
    [InlineData("mysql://dipole@localhost/db")]
    [InlineData("sqlite:")]
    [InlineData("postgres://dipole@localhost:99999/db")]
    public void Run_WhenStoreUriIsMalformed_ExitsTwoWithOneLine(string uri) =>
        CliRun.Invoke("worker", "--store", uri).AssertBadInput();

    [Fact]
    public void Run_WhenStoreUriCarriesAPassword_ExitsTwoAndNeverPrintsIt()
    {
        CliRun run = CliRun.Invoke("worker", "--store", "postgres://dipole:Sup3rSecret@localhost:5432/db").AssertBadInput();
        Assert.DoesNotContain("Sup3rSecret", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.Contains("PGPASSWORD", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--lease-seconds", "0")]
    [InlineData("--lease-seconds", "-5")]
    [InlineData("--health-port", "70000")]
    [InlineData("--scan", "no spaces/allowed")]
    [InlineData("--concurrency", "many")]
    [InlineData("--grace-seconds", "-1")]
    [InlineData("--health-host", "not a host")]
    public void Run_WhenAnOptionIsOutOfRange_ExitsTwoWithOneLine(string option, string value)
    {
        CliRun run = CliRun.Invoke("worker", "--store", "sqlite:unused.db", option, value).AssertBadInput();
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Integration")] // about 12 s of start-up retries
    public void Run_WhenStoreIsUnreachable_ExitsTwoWithOneClearLine()
    {
        // Port 1 on loopback refuses connections: transient, retried, then reported as a broken connection: exit 2 (the brief's bad-input rule).
        CliRun run = CliRun.Invoke("worker", "--store", "postgres://dipole@127.0.0.1:1/dipole", "--stop-when-idle");

        Assert.Equal(2, run.ExitCode);
        run.AssertOneLine();
        Assert.Contains("postgres://dipole@127.0.0.1:1/dipole is unreachable", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_MentionsEveryFlag()
    {
        CliRun run = CliRun.Invoke("worker", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string flag in new[] { "--store", "--concurrency", "--health-port", "--lease-seconds", "--scan", "--stop-when-idle", "--health-host", "--grace-seconds", "SIGTERM" })
        {
            Assert.Contains(flag, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_OfTheRoot_ListsWorkerAndStatus()
    {
        CliRun run = CliRun.Invoke("--help");

        Assert.Contains("worker", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("status", run.Stdout, StringComparison.Ordinal);
    }
}
