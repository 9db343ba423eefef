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

    /// <summary>
    /// The tables of a projection on an ideal detector: <paramref name="binCount"/> bins linear from
    /// <paramref name="lowMeV"/> to <paramref name="highMeV"/>, no observed counts (the Asimov data are built from the
    /// prediction), the non-ν background of each bin, efficiency 1.
    /// </summary>
    /// <param name="lowMeV">Lowest bin edge, reconstructed energy [MeV].</param>
    /// <param name="highMeV">Highest bin edge [MeV].</param>
    /// <param name="binCount">Number of bins.</param>
    /// <param name="backgroundCountsInBin">Non-ν background counts of a bin from its (low, high) edges [MeV] → [events].</param>
    public static ExperimentData IdealProjection(double lowMeV, double highMeV, int binCount, Func<double, double, double> backgroundCountsInBin)
    {
        double[] edgesMeV = [.. Enumerable.Range(0, binCount + 1).Select(k => lowMeV + ((highMeV - lowMeV) * k / binCount))];
        return new ExperimentData
        {
            BinEdgesMeV = [.. edgesMeV],
            ObservedCounts = [],
            PublishedBackgroundCounts = [.. edgesMeV.Zip(edgesMeV.Skip(1), backgroundCountsInBin)],
            BackgroundIncludesStandardModel = false,
            Efficiency = Detector.Efficiency.Constant(1),
        };
    }
}
