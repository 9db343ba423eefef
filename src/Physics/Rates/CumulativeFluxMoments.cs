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
/// and adds the partial interval [E_lo, e_{i+1}]. ρ and w·P are linear between nodes (as in <see cref="FluxFolding"/>),
/// so every interval and partial interval is integrated in closed form; FluxFolding's Gauss–Legendre sub-pieces agree
/// to ≲ 10⁻¹² (tested). A line contributes Φ(w·P)E_ℓ⁻ⁿ when E_ℓ ≥ E_lo. Immutable after
/// <see cref="Build"/>; queries do not allocate and may run on any number of threads.
/// </remarks>
public sealed class CumulativeFluxMoments
{
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

    // ∫_{start}^{e_{i+1}} ρ (w·P) E⁻ⁿ dE without Φ, start ∈ [e_i, e_{i+1}), in closed form: ρ and w·P are linear between
    // nodes, so the integrand is q(E)E⁻ⁿ with q quadratic. With E = a(1 + u), a = start, U = e_{i+1}/a − 1 and
    // q = b₀ + b₁(E − a) + b₂(E − a)²:
    //   M₀ = a [b₀U + b₁aU²/2 + b₂a²U³/3],
    //   M₁ = b₀ L + b₁a (U − L) + b₂a² (U²/2 − U + L),                 L = ln(1 + U),
    //   M₂ = [b₀ U/(1+U) + b₁a (L − U/(1+U)) + b₂a² (U − 2L + U/(1+U))] / a,
    // each bracket evaluated by its series when U is small (the differences cancel there).
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
        double pSlope = (_weightedProbability[i + 1] - _weightedProbability[i]) / (e1 - e0);
        double rhoStart = rho0 + (rhoSlope * (startMeV - e0));
        double pStart = _weightedProbability[i] + (pSlope * (startMeV - e0));
        double b0 = rhoStart * pStart;
        double b1 = ((rhoStart * pSlope) + (rhoSlope * pStart)) * startMeV;
        double b2 = rhoSlope * pSlope * startMeV * startMeV;
        double u = (e1 - startMeV) / startMeV;
        InverseEnergyIntegrals k = InverseEnergyIntegrals.Of(u);
        return new InverseEnergyMoments(
            startMeV * ((b0 * u) + (b1 * u * u / 2) + (b2 * u * u * u / 3)),
            (b0 * k.Log) + (b1 * k.First1) + (b2 * k.First2),
            ((b0 * k.Second0) + (b1 * k.Second1) + (b2 * k.Second2)) / startMeV);
    }

    /// <summary>∫₀ᵁ uᵐ/(1+u)ⁿ du for n = 1 (m = 0, 1, 2) and n = 2 (m = 0, 1, 2), the last four by series for small U.</summary>
    private readonly record struct InverseEnergyIntegrals(double Log, double First1, double First2, double Second0, double Second1, double Second2)
    {
        // Below this U the series' first omitted term is < U¹⁴ ≈ 1e-14 relative to the leading one.
        private const double SeriesBelow = 0.1;
        private const int SeriesTerms = 16;

        public static InverseEnergyIntegrals Of(double u)
        {
            double log = AccurateLogarithm.OnePlus(u);
            double ratio = u / (1 + u);
            if (u >= SeriesBelow)
            {
                return new InverseEnergyIntegrals(log, u - log, (u * u / 2) - u + log, ratio, log - ratio, u - (2 * log) + ratio);
            }

            // U − L = Σ_{k≥2} (−1)ᵏ Uᵏ/k;  U²/2 − U + L = Σ_{k≥3} (−1)^{k+1} Uᵏ/k;
            // L − U/(1+U) = Σ_{k≥2} (−1)ᵏ (k−1)/k Uᵏ;  U − 2L + U/(1+U) = Σ_{k≥3} (−1)^{k+1} (k−2)/k Uᵏ.
            double first1 = 0, first2 = 0, second1 = 0, second2 = 0;
            double power = u;
            for (int n = 2; n <= SeriesTerms; n++)
            {
                power *= u;
                double sign = (n & 1) == 0 ? 1 : -1;
                first1 += sign * power / n;
                second1 += sign * power * (n - 1) / n;
                first2 -= n >= 3 ? sign * power / n : 0;
                second2 -= n >= 3 ? sign * power * (n - 2) / n : 0;
            }

            return new InverseEnergyIntegrals(log, first1, first2, ratio, second1, second2);
        }
    }

    private static InverseEnergyMoments Add(InverseEnergyMoments x, InverseEnergyMoments y) => new(
        x.ZerothPerCm2PerS + y.ZerothPerCm2PerS,
        x.FirstPerCm2PerSPerMeV + y.FirstPerCm2PerSPerMeV,
        x.SecondPerCm2PerSPerMeV2 + y.SecondPerCm2PerSPerMeV2);

    private static InverseEnergyMoments Scale(InverseEnergyMoments x, double factor) => new(
        x.ZerothPerCm2PerS * factor, x.FirstPerCm2PerSPerMeV * factor, x.SecondPerCm2PerSPerMeV2 * factor);
}
