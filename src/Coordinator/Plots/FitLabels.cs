using DipolePortal.Messages;

namespace DipolePortal.Coordinator.Plots;

/// <summary>Legend and axis labels (plot markup, see Plotting's RichText) for experiment sets and flavors.</summary>
internal static class FitLabels
{
    private static readonly Dictionary<string, string> Experiments = new(StringComparer.Ordinal)
    {
        ["xenonnt"] = "XENONnT",
        ["xenon1t"] = "XENON1T",
        ["pandax4t-run0"] = "PandaX-4T Run0",
        ["pandax4t-run1"] = "PandaX-4T Run1",
    };

    /// <summary>"XENONnT", or "PandaX-4T Run1 + XENONnT" for a joint fit; unknown ids as they are.</summary>
    public static string ExperimentSet(string set) =>
        string.Join(" + ", set.Split(ScanNames.ExperimentSeparator).Select(id => Experiments.GetValueOrDefault(id, id)));

    /// <summary>"ν_e", "ν_μ", "ν_τ", "universal", or "Λ_14", "Λ_24", "Λ_34" for the mass-basis nu1, nu2, nu3.</summary>
    public static string Flavor(string flavor) => flavor switch
    {
        "e" => "ν_e",
        "mu" => "ν_μ",
        "tau" => "ν_τ",
        "nu1" => "Λ_14",
        "nu2" => "Λ_24",
        "nu3" => "Λ_34",
        _ => flavor,
    };

    /// <summary>"XENONnT, ν_e".</summary>
    public static string Fit(string set, string flavor) => $"{ExperimentSet(set)}, {Flavor(flavor)}";

    /// <summary>
    /// The μ axis title: μ_{e4} for one flavor, μ_{ℓ4} (ℓ = e = μ = τ) for universal, Λ_{14} for nu1 (likewise nu2, nu3),
    /// μ_{ν4} for a mix.
    /// </summary>
    public static string MuAxis(IEnumerable<string> flavors)
    {
        string[] distinct = [.. flavors.Distinct()];
        if (distinct is ["nu1" or "nu2" or "nu3"])
        {
            return $"Λ_{{{distinct[0][2]}4}} [μ_B]";
        }

        string index = distinct.Length != 1 ? "ν4" : distinct[0] switch
        {
            "e" => "e4",
            "mu" => "μ4",
            "tau" => "τ4",
            _ => "ℓ4",
        };
        return $"μ_{{{index}}} [μ_B]";
    }

    /// <summary>"90% CL".</summary>
    public static string Cl(double cl) => $"{(cl * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}% CL";
}
