using System.Collections.Immutable;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// What an experiment's data tables provide: reconstructed-energy bin edges, observed counts (none for a projection),
/// the published total background per bin (which may include the Standard-Model ν component) and the detection efficiency.
/// </summary>
public sealed record ExperimentData
{
    /// <summary>Bin edges in reconstructed energy, ascending [MeV]; K + 1 values.</summary>
    public required ImmutableArray<double> BinEdgesMeV { get; init; }

    /// <summary>Observed events per bin (K values); empty for a projection, whose observed counts are the Asimov expectation.</summary>
    public required ImmutableArray<double> ObservedCounts { get; init; }

    /// <summary>
    /// The published 1σ uncertainty Δᵢ of each observed count (K values, same unit), used by <see cref="Chi2Form.GaussianPull"/>
    /// (seed 001 Eq. (26)); empty when not published, and then Δᵢ = √max(Oᵢ, 1).
    /// </summary>
    public ImmutableArray<double> ObservedUncertainties { get; init; } = [];

    /// <summary>The published total background per bin, solar ν included where the publication includes it (K values).</summary>
    public required ImmutableArray<double> PublishedBackgroundCounts { get; init; }

    /// <summary>
    /// True (the default) when <see cref="PublishedBackgroundCounts"/> contains the Standard-Model ν events, so that the
    /// non-ν background is the published total minus our own SM prediction; false when it is the non-ν background itself
    /// (e.g. a projection's flat background).
    /// </summary>
    public bool BackgroundIncludesStandardModel { get; init; } = true;

    /// <summary>Total detection efficiency in reconstructed energy.</summary>
    public required Detector.Efficiency Efficiency { get; init; }

    /// <summary>Number of bins K.</summary>
    public int BinCount => BinEdgesMeV.Length - 1;
}
