using System.CommandLine;
using System.CommandLine.Help;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Commands;

namespace DipolePortal.Coordinator;

internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Parses and runs one command; the seam the CLI tests use.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Named explicitly (not after the executable) so that help reads "dipole" however the program is started.
        var root = new Command("dipole",
            "DipolePortal — limits on active–sterile neutrino transition magnetic moments from low-energy neutrino data.\n" +
            "Units: energies in MeV, magnetic moments in Bohr magnetons (μ_B), cross sections in cm². " +
            "Exit codes: 0 success, 2 bad input, 1 anything else.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (Command command in CommandCatalog.All(stdout))
        {
            root.Subcommands.Add(command);
        }

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"dipole: {CliErrors.ParseProblem(parse.Errors.Select(e => e.Message))} (see 'dipole --help')");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null, // long verbs handle SIGINT/SIGTERM themselves (Cli/Termination.cs)
            });
        }
        catch (Exception ex) when (CliErrors.IsBadInput(ex))
        {
            stderr.WriteLine($"dipole: {CliErrors.OneLine(ex)}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("dipole: cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"dipole: {CliErrors.OneLine(ex)}");
            return ExitCodes.Failure;
        }
    }
}
