using System.Collections.Immutable;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// What an experiment's data tables provide: reconstructed-energy bin edges, observed counts, the published total
/// background per bin (which may include the Standard-Model solar-ν component) and the detection efficiency.
/// </summary>
public sealed record ExperimentData
{
    /// <summary>Bin edges in reconstructed energy, ascending [MeV]; K + 1 values.</summary>
    public required ImmutableArray<double> BinEdgesMeV { get; init; }

    /// <summary>Observed events per bin (K values).</summary>
    public required ImmutableArray<double> ObservedCounts { get; init; }

    /// <summary>The published total background per bin, solar ν included where the publication includes it (K values).</summary>
    public required ImmutableArray<double> PublishedBackgroundCounts { get; init; }

    /// <summary>Total detection efficiency in reconstructed energy.</summary>
    public required Detector.Efficiency Efficiency { get; init; }

    /// <summary>Number of bins K.</summary>
    public int BinCount => ObservedCounts.Length;
}
