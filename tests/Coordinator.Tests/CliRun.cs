namespace DipolePortal.Coordinator.Tests;

/// <summary>Runs the command line in process through <see cref="Program.Run"/> and collects what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Invoke(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts the bad-input contract: exit 2 and exactly one line on stderr, without a stack trace.</summary>
    public CliRun AssertBadInput()
    {
        Assert.True(ExitCode == 2, $"exit {ExitCode}, stderr: {Stderr}");
        AssertOneLine();
        return this;
    }

    public void AssertOneLine()
    {
        string[] lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got:\n{Stderr}");
        Assert.StartsWith("dipole: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", Stderr, StringComparison.Ordinal);
    }
}
