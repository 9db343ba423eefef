namespace DipolePortal.Coordinator.Tests.BadInput;

/// <summary>What one in-process run printed: Stdout and Stderr include anything written to the process's Console.</summary>
internal sealed record CliOutcome(string[] Args, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Names of .NET and library namespaces that must never reach a user's terminal.</summary>
    private static readonly string[] TypeNamePrefixes = ["System.", "Microsoft.", "YamlDotNet.", "Npgsql.", "Serilog.", "DipolePortal."];

    /// <summary>
    /// The bad-input contract (DESIGN.md): exit 2; stdout empty; stderr exactly one non-empty line that starts with
    /// "dipole: ", names the problem (<paramref name="expected"/>), and carries no stack trace or type name.
    /// </summary>
    public CliOutcome AssertBadInput(string expected)
    {
        string what = $"dipole {string.Join(' ', Args)}\nexit {ExitCode}\nstderr: {Stderr}\nstdout: {Stdout}";
        Assert.True(ExitCode == 2, "expected exit 2 for bad input; " + what);
        string[] lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected exactly one line on stderr; " + what);
        Assert.True(lines[0].StartsWith("dipole: ", StringComparison.Ordinal) && lines[0].Trim().Length > "dipole:".Length,
            "the line must start with 'dipole: ' and say something; " + what);
        Assert.True(Stderr.Contains(expected, StringComparison.Ordinal), $"stderr does not name the problem ('{expected}'); " + what);
        Assert.True(Stdout.Length == 0, "nothing may be printed on stdout for bad input; " + what);
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", Stderr, StringComparison.Ordinal);
        foreach (string prefix in TypeNamePrefixes)
        {
            Assert.DoesNotContain(prefix, Stderr, StringComparison.Ordinal);
        }

        return this;
    }
}
