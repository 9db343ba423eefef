namespace DipolePortal.Coordinator.Tests.Contract;

/// <summary>Runs the CLI in process and captures what it prints.</summary>
internal static class ContractCli
{
    static ContractCli()
    {
        Environment.SetEnvironmentVariable("DIPOLE_LOG_DIR", Path.Combine(Path.GetTempPath(), "dipole-contract-logs"));
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DipolePortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DipolePortal.sln not found above the test folder");
    }
}
