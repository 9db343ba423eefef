using System.CommandLine;

namespace DipolePortal.Coordinator.Commands;

/// <summary>Every verb of the <c>dipole</c> command, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(TextWriter stdout)
    {
        yield return ScanCommand.Create(stdout);
        yield return ExportCommand.Create(stdout);
        yield return PlotCommand.Create(stdout);
        yield return ReproduceCommand.Create(stdout);
        yield return ExperimentsCommand.Create(stdout);
        yield return LimitCommand.Create(stdout);
        yield return SpectrumCommand.Create(stdout);
        yield return ShiningCommand.Create(stdout);
        yield return XsecCommand.Create(stdout);
        yield return EminCommand.Create(stdout);
        yield return WorkerCommand.Create(stdout);
        yield return StatusCommand.Create(stdout);
        yield return BenchCommand.Create(stdout);
    }
}
