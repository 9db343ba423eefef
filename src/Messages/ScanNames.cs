using System.Text.RegularExpressions;

namespace DipolePortal.Messages;

/// <summary>Shared predicates for the names that travel in messages: scan names, experiment ids, flavors, bindings.</summary>
public static partial class ScanNames
{
    /// <summary>
    /// The flavors a scan may ask for: e, mu, tau, universal (μ_e4 = μ_μ4 = μ_τ4), and the mass-basis nu1, nu2, nu3
    /// (Λ_14, Λ_24, Λ_34; seed 001 Sec. 2.1). Same words as CouplingHypotheses.Names.
    /// </summary>
    public static IReadOnlyList<string> Flavors { get; } = ["e", "mu", "tau", "universal", "nu1", "nu2", "nu3"];

    /// <summary>The binding options: "free" electrons or the atomic "step" approximation.</summary>
    public static IReadOnlyList<string> Bindings { get; } = ["free", "step"];

    /// <summary>Separator of the experiment ids in a joint fit's canonical name.</summary>
    public const char ExperimentSeparator = '+';

    /// <summary>True for a scan name: 1..100 letters, digits, '-' and '_'.</summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidScanId(string? name) => name is { Length: > 0 and <= 100 } && ScanIdPattern().IsMatch(name);

    /// <summary>True for an experiment id: 1..64 lower-case letters, digits, '-', '_' and '.'.</summary>
    /// <param name="id">The candidate.</param>
    public static bool IsValidExperimentId(string? id) => id is { Length: > 0 and <= 64 } && ExperimentIdPattern().IsMatch(id);

    /// <summary>True for one of <see cref="Flavors"/>.</summary>
    /// <param name="flavor">The candidate.</param>
    public static bool IsValidFlavor(string? flavor) => flavor is not null && Flavors.Contains(flavor, StringComparer.Ordinal);

    /// <summary>True for one of <see cref="Bindings"/>.</summary>
    /// <param name="binding">The candidate.</param>
    public static bool IsValidBinding(string? binding) => binding is not null && Bindings.Contains(binding, StringComparer.Ordinal);

    /// <summary>The canonical name of an experiment set: its ids in the given order joined by '+'.</summary>
    /// <param name="experimentIds">One id for a single fit, several for a joint fit.</param>
    /// <exception cref="ArgumentException">The set is empty, an id is malformed or repeated.</exception>
    public static string CanonicalExperimentSet(IReadOnlyList<string> experimentIds)
    {
        ArgumentNullException.ThrowIfNull(experimentIds);
        if (experimentIds.Count == 0)
        {
            throw new ArgumentException("An experiment set needs at least one experiment id.", nameof(experimentIds));
        }

        foreach (string id in experimentIds)
        {
            if (!IsValidExperimentId(id))
            {
                throw new ArgumentException(
                    $"experiment id '{id}' is malformed: use 1..64 lower-case letters, digits, '-', '_' or '.'.", nameof(experimentIds));
            }
        }

        if (experimentIds.Distinct(StringComparer.Ordinal).Count() != experimentIds.Count)
        {
            throw new ArgumentException(
                $"experiment set [{string.Join(", ", experimentIds)}] repeats an experiment; list each once.", nameof(experimentIds));
        }

        return string.Join(ExperimentSeparator, experimentIds);
    }

    /// <summary>True when <paramref name="experimentSet"/> is a canonical experiment-set name.</summary>
    /// <param name="experimentSet">The candidate, e.g. "xenonnt+pandax4t-run1".</param>
    public static bool IsValidExperimentSet(string? experimentSet)
    {
        if (string.IsNullOrEmpty(experimentSet))
        {
            return false;
        }

        string[] ids = experimentSet.Split(ExperimentSeparator);
        return ids.All(IsValidExperimentId) && ids.Distinct(StringComparer.Ordinal).Count() == ids.Length;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ScanIdPattern();

    [GeneratedRegex("^[a-z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ExperimentIdPattern();
}
