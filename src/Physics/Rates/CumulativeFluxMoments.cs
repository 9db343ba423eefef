using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Rates;

/// <summary>
/// For one flux component and one flavor-weight vector, the moments Mₙ(E_lo) = Φ ∫_{E_lo}^{E_end} ρ (w·P) E⁻ⁿ dE
/// (n = 0, 1, 2) as functions of the lower limit, so that any cross section that is a polynomial in 1/E at fixed T
/// (<see cref="InverseEnergyExpansion"/>) folds with the flux in a few operations (issue 8).
/// </summary>
/// <remarks>
/// Built once: the tail moments from every spectrum node to the end point, accumulated from the top so that they keep
/// full relative precision near the end point. A query at E_lo finds the node interval holding E_lo (binary search)
/// and adds the partial interval [E_lo, e_{i+1}]. Every interval and partial interval is integrated exactly as
/// <see cref="FluxFolding"/> does it (ρ and w·P linear between nodes, geometric sub-pieces of ratio ≤
/// <see cref="FluxFolding.MaximumPieceRatio"/>, <see cref="FluxFolding.GaussLegendreOrder"/>-point Gauss–Legendre),
/// so the two agree to round-off. A line contributes Φ(w·P)E_ℓ⁻ⁿ when E_ℓ ≥ E_lo. Immutable after
/// <see cref="Build"/>; queries do not allocate and may run on any number of threads.
/// </remarks>
public sealed class CumulativeFluxMoments
{
    private static readonly GaussLegendreRule Rule = new(FluxFolding.GaussLegendreOrder);
    private readonly double _fluxPerCm2PerS;
    private readonly double[] _energiesMeV;
    private readonly double[] _densityPerMeV;
    private readonly double[] _weightedProbability;
    private readonly InverseEnergyMoments[] _tail; // per node i: ∫_{e_i}^{E_end}, without Φ

    private CumulativeFluxMoments(double fluxPerCm2PerS, double[] energiesMeV, double[] densityPerMeV, double[] weightedProbability)
    {
        _fluxPerCm2PerS = fluxPerCm2PerS;
        _energiesMeV = energiesMeV;
        _densityPerMeV = densityPerMeV;
        _weightedProbability = weightedProbability;
        _tail = new InverseEnergyMoments[energiesMeV.Length];
        for (int i = energiesMeV.Length - 2; i >= 0; i--)
        {
            _tail[i] = Add(_tail[i + 1], IntervalMoments(i, energiesMeV[i]));
        }
    }

    /// <summary>Highest neutrino energy of the component E_end [MeV].</summary>
    public double EndpointMeV => _energiesMeV[^1];

    /// <summary>True when the component is a line (no density, one energy).</summary>
    public bool IsLine => _densityPerMeV.Length == 0;

    /// <summary>Tabulates the moments of <paramref name="component"/> weighted by <paramref name="flavorWeights"/>.</summary>
    /// <param name="component">The flux at the detector.</param>
    /// <param name="flavorWeights">Weights on the arriving flavors or mass states, as in <see cref="FluxFolding"/>.</param>
    public static CumulativeFluxMoments Build(FluxComponent component, ArrivalWeights flavorWeights)
    {
        ArgumentNullException.ThrowIfNull(component);
        double[] weighted = [.. Enumerable.Range(0, component.EnergiesMeV.Length).Select(i => flavorWeights.At(component, i))];
        double[] density = component.IsLine ? [] : [.. component.DensityPerMeV];
        return new CumulativeFluxMoments(component.TotalFluxPerCm2PerS, [.. component.EnergiesMeV], density, weighted);
    }

    /// <summary>Mₙ(E_lo) for n = 0, 1, 2; zero when E_lo is NaN or above the end point. No allocation.</summary>
    /// <param name="lowerMeV">Lower limit E_lo [MeV] (E_min(T, m4) for a recoil T), &gt; 0.</param>
    public InverseEnergyMoments Above(double lowerMeV)
    {
        if (double.IsNaN(lowerMeV) || lowerMeV > EndpointMeV)
        {
            return InverseEnergyMoments.Zero; // kinematically closed for this component
        }

        if (IsLine)
        {
            double energyMeV = _energiesMeV[0];
            if (!(energyMeV >= lowerMeV))
            {
                return InverseEnergyMoments.Zero;
            }

            double perCm2PerS = _fluxPerCm2PerS * _weightedProbability[0];
            return new InverseEnergyMoments(perCm2PerS, perCm2PerS / energyMeV, perCm2PerS / (energyMeV * energyMeV));
        }

        int i = LastNodeAtOrBelow(lowerMeV);
        InverseEnergyMoments unscaled = i < 0
            ? _tail[0]
            : i == _energiesMeV.Length - 1 ? InverseEnergyMoments.Zero : Add(_tail[i + 1], IntervalMoments(i, lowerMeV));
        return Scale(unscaled, _fluxPerCm2PerS);
    }

    /// <summary>Φ ∫_{E_lo}^{E_end} ρ (w·P) dσ/dT dE [s⁻¹ MeV⁻¹ per target]; exactly 0 when nothing lies above E_lo.</summary>
    /// <param name="lowerMeV">E_min(T) [MeV] of the recoil at which <paramref name="dsigma"/> was expanded.</param>
    /// <param name="dsigma">dσ/dT at that recoil as a polynomial in 1/E.</param>
    public double FoldAbove(double lowerMeV, DsigmaDtPolynomial dsigma) => Above(lowerMeV).Fold(dsigma);

    // Largest i with e_i ≤ E_lo, or −1 when E_lo is below the first node. Duplicated nodes (steps) resolve to the last copy.
    private int LastNodeAtOrBelow(double lowerMeV)
    {
        int lo = 0;
        int hi = _energiesMeV.Length - 1;
        if (lowerMeV < _energiesMeV[0])
        {
            return -1;
        }

        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_energiesMeV[mid] <= lowerMeV)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    // ∫_{start}^{e_{i+1}} ρ (w·P) E⁻ⁿ dE without Φ, start ∈ [e_i, e_{i+1}); the quadrature of FluxFolding.
    private InverseEnergyMoments IntervalMoments(int i, double startMeV)
    {
        double e0 = _energiesMeV[i];
        double e1 = _energiesMeV[i + 1];
        double rho0 = _densityPerMeV[i];
        if (e1 <= e0 || (rho0 == 0 && _densityPerMeV[i + 1] == 0))
        {
            return InverseEnergyMoments.Zero;
        }

        double rhoSlope = (_densityPerMeV[i + 1] - rho0) / (e1 - e0);
        double p0 = _weightedProbability[i];
        double pSlope = (_weightedProbability[i + 1] - p0) / (e1 - e0);
        int pieces = FluxFolding.PieceCount(startMeV, e1);
        double ratio = pieces == 1 ? 1.0 : Math.Pow(e1 / startMeV, 1.0 / pieces); // one piece ends at e1: no ratio needed
        double m0 = 0, m1 = 0, m2 = 0;
        double a = startMeV;
        for (int piece = 0; piece < pieces; piece++)
        {
            double b = piece == pieces - 1 ? e1 : a * ratio;
            for (int k = 0; k < Rule.Order; k++)
            {
                double energyMeV = Rule.Node(k, a, b);
                double dE = energyMeV - e0;
                double spectral = Rule.Weight(k, a, b) * (rho0 + rhoSlope * dE) * (p0 + pSlope * dE);
                double inverse = 1.0 / energyMeV;
                m0 += spectral;
                m1 += spectral * inverse;
                m2 += spectral * inverse * inverse;
            }

            a = b;
        }

        return new InverseEnergyMoments(m0, m1, m2);
    }

    private static InverseEnergyMoments Add(InverseEnergyMoments x, InverseEnergyMoments y) => new(
        x.ZerothPerCm2PerS + y.ZerothPerCm2PerS,
        x.FirstPerCm2PerSPerMeV + y.FirstPerCm2PerSPerMeV,
        x.SecondPerCm2PerSPerMeV2 + y.SecondPerCm2PerSPerMeV2);

    private static InverseEnergyMoments Scale(InverseEnergyMoments x, double factor) => new(
        x.ZerothPerCm2PerS * factor, x.FirstPerCm2PerSPerMeV * factor, x.SecondPerCm2PerSPerMeV2 * factor);
}
