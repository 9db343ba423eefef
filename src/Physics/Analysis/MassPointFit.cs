using System.Collections.Immutable;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Analysis;

/// <summary>The fit of one experiment set at one m4: χ² profile on a μ grid and the 1-dof limit.</summary>
/// <param name="M4MeV">Sterile mass [MeV].</param>
/// <param name="Limit">μ limit, best fit, χ²_min and χ²(μ = 0).</param>
/// <param name="Chi2ByMu">Profiled χ² at each μ of the requested grid.</param>
public sealed record MassPointResult(double M4MeV, OneDofLimit Limit, ImmutableArray<double> Chi2ByMu);

/// <summary>Fits one experiment set at one m4 (docs/likelihood.md): Poisson χ² of seed 002 Eq. (7), nuisances profiled.</summary>
public static class MassPointFit
{
    /// <summary>Largest μ searched for the limit [μ_B]; the search covers 8 decades below it (Limits.OneDof).</summary>
    public const double MuSearchUpperMuB = 1e-5;

    /// <summary>
    /// Fits the set at m4 and returns the limit at <paramref name="confidenceLevel"/> and the profile on <paramref name="muGridMuB"/>.
    /// Beyond kinematic reach the dipole signal vanishes, the profile is flat, the limit is +∞ and the best fit NaN; interactive callers
    /// check <see cref="KinematicReach.Ensure"/> first to report that as bad input instead.
    /// </summary>
    public static MassPointResult Fit(
        IReadOnlyList<PreparedExperiment> experiments, CouplingHypothesis hypothesis, double m4MeV, double confidenceLevel, ReadOnlySpan<double> muGridMuB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        var chi2 = new PoissonChi2(FitModel.Build(experiments, m4MeV, hypothesis));
        OneDofLimit limit = Limits.OneDof(chi2, confidenceLevel, MuSearchUpperMuB);
        if (double.IsPositiveInfinity(limit.MuLimitMuB))
        {
            // No sensitivity up to the search bound: there is no best fit to speak of, only a flat profile.
            limit = limit with { MuBestFitMuB = double.NaN };
        }

        ImmutableArray<double> profile = muGridMuB.IsEmpty ? [] : Limits.ProfileOnGrid(chi2, muGridMuB);
        return new MassPointResult(m4MeV, limit, profile);
    }
}
