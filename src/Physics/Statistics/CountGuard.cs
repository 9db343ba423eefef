using System.Collections.Immutable;

namespace DipolePortal.Physics.Statistics;

/// <summary>The shared domain check for count arrays: present, finite and ≥ 0.</summary>
internal static class CountGuard
{
    /// <summary>Returns <paramref name="counts"/> or throws naming the array, the bad value and what is allowed.</summary>
    public static ImmutableArray<double> Validate(ImmutableArray<double> counts, string parameterName, string? owner)
    {
        if (counts.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{Describe(owner)}{parameterName} must hold at least one bin.", parameterName);
        }

        for (int k = 0; k < counts.Length; k++)
        {
            double c = counts[k];
            if (!(c >= 0) || double.IsInfinity(c))
            {
                throw new ArgumentOutOfRangeException(
                    parameterName, c, $"{Describe(owner)}{parameterName}[{k}] = {c}; counts must be finite and ≥ 0.");
            }
        }

        return counts;
    }

    /// <summary>Validates <paramref name="counts"/> and requires the length of <paramref name="reference"/>.</summary>
    public static ImmutableArray<double> ValidateSameLength(
        ImmutableArray<double> reference, ImmutableArray<double> counts, string parameterName, string? owner)
    {
        Validate(counts, parameterName, owner);
        if (!reference.IsDefault && counts.Length != reference.Length)
        {
            throw new ArgumentException(
                $"{Describe(owner)}{parameterName} has {counts.Length} bins, expected {reference.Length}.", parameterName);
        }

        return counts;
    }

    private static string Describe(string? owner) => owner is null ? string.Empty : $"Component '{owner}': ";
}
