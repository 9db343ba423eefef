using DipolePortal.Physics.Units;

namespace DipolePortal.Coordinator.Cli;

/// <summary>The command line's flavor words: e, mu, tau (and universal where a coupling hypothesis is meant).</summary>
internal static class FlavorNames
{
    public static readonly string[] Single = ["e", "mu", "tau"];

    public static NeutrinoFlavor Parse(string word) => word.ToLowerInvariant() switch
    {
        "e" => NeutrinoFlavor.Electron,
        "mu" => NeutrinoFlavor.Muon,
        "tau" => NeutrinoFlavor.Tau,
        _ => throw new UserInputException($"--flavor '{word}' is unknown: use one of e, mu, tau"),
    };
}
