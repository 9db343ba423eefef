using System.Collections.Immutable;
using MathNet.Numerics.Integration;

namespace DipolePortal.Physics.Shining;

/// <summary>
/// "Shining CEvNS" (seed 004; Bolton et al., PRD 106, 035036 (2022), arXiv:2110.02233): reactor ν̄_e A → ν4 A through a
/// transition magnetic moment μ, then ν4 → ν γ through the same μ inside a photon detector around the target.
/// N = ε_γ·t·Σ_A n_A ∫dE Φ(E) ∫dT dσ/dT(E, T; m4, μ)·P_decay(L(p4)), with dσ/dT from
/// <see cref="CrossSections.NuclearScattering.DipoleDsigmaDtCm2PerMeV"/>, L from <see cref="SterileDecay"/> and
/// P_decay from <see cref="DecayRegion"/>. See docs/physics.md, "Shining CEvNS".
/// </summary>
public static class ShiningCevns
{
    private const int RestAngleNodes = 32;

    /// <summary>Expected events with the ν4 decaying inside the setup's decay region [dimensionless].</summary>
    /// <remarks>∝ μ⁴ when L ≫ d2 (μ² production × μ² decay probability), → <see cref="MaximumEvents"/> ∝ μ² when L ≪ d1, d2 with d1 = 0.</remarks>
    /// <param name="setup">Target, reactors, exposure, threshold, decay region, efficiency.</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">|μ_e4| [μ_B].</param>
    /// <param name="nature">Dirac or Majorana (sets the width).</param>
    public static double ExpectedEvents(NucleusSetup setup, double m4MeV, double muBohr, NeutrinoNature nature) =>
        Sum(UpscatterSampler.Samples(setup, m4MeV), setup, m4MeV, muBohr, nature);

    /// <summary>The "max" variant of seed 004: up-scattering events above threshold, every ν4 decay seen (× ε_γ) [dimensionless], ∝ μ².</summary>
    /// <param name="setup">Target, reactors, exposure, threshold, efficiency (the decay region is ignored).</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">|μ_e4| [μ_B].</param>
    public static double MaximumEvents(NucleusSetup setup, double m4MeV, double muBohr) =>
        setup.PhotonEfficiency * muBohr * muBohr * UpscatterSampler.Samples(setup, m4MeV).Sum(s => s.EventsAtOneBohr);

    /// <summary>Expected events on an (m4, μ) grid, with and without the decay requirement (the up-scattering integral is built once per m4).</summary>
    /// <param name="setup">The setup.</param>
    /// <param name="m4sMeV">m4 values [MeV].</param>
    /// <param name="musBohr">μ values [μ_B].</param>
    /// <param name="nature">Dirac or Majorana.</param>
    public static ShiningEventGrid EventGrid(NucleusSetup setup, IReadOnlyList<double> m4sMeV, IReadOnlyList<double> musBohr, NeutrinoNature nature)
    {
        var events = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
        var maximum = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
        foreach (double m4 in m4sMeV)
        {
            List<UpscatterSample> samples = UpscatterSampler.Samples(setup, m4);
            double atOneBohr = setup.PhotonEfficiency * samples.Sum(s => s.EventsAtOneBohr);
            events.Add([.. musBohr.Select(mu => Sum(samples, setup, m4, mu, nature))]);
            maximum.Add([.. musBohr.Select(mu => atOneBohr * mu * mu)]);
        }

        return new ShiningEventGrid([.. m4sMeV], [.. musBohr], nature, events.ToImmutable(), maximum.ToImmutable());
    }

    /// <summary>Expected photons in bins of lab energy E_γ [MeV], decays inside the region only.</summary>
    /// <remarks>
    /// Each node contributes its events times <see cref="PhotonBoost.FractionInEnergyRange"/> of each bin, with the
    /// rest-frame distribution (1 + A cosθ*)/2, A = a·P_L (<see cref="SterileDecay.PhotonAsymmetry"/>,
    /// <see cref="SterilePolarization"/>). The transverse polarization averages out in E_γ.
    /// </remarks>
    /// <param name="setup">The setup.</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">|μ_e4| [μ_B].</param>
    /// <param name="nature">Dirac or Majorana.</param>
    /// <param name="binEdgesMeV">Ascending bin edges in E_γ [MeV].</param>
    public static PhotonHistogram PhotonEnergySpectrum(
        NucleusSetup setup, double m4MeV, double muBohr, NeutrinoNature nature, IReadOnlyList<double> binEdgesMeV)
    {
        double[] counts = new double[CheckEdges(binEdgesMeV)];
        double asymmetry = SterileDecay.PhotonAsymmetry(nature);
        foreach (var (sample, events) in Weighted(setup, m4MeV, muBohr, nature))
        {
            double a = asymmetry * sample.Polarization.Longitudinal;
            for (int b = 0; b < counts.Length; b++)
            {
                counts[b] += events * PhotonBoost.FractionInEnergyRange(m4MeV, sample.MomentumMeV, a, binEdgesMeV[b], binEdgesMeV[b + 1]);
            }
        }

        return new PhotonHistogram([.. binEdgesMeV], [.. counts]);
    }

    /// <summary>Mean lab photon energy ⟨E_γ⟩ [MeV] of decays inside the region: Σ w (E4 + p4·A/3)/2 / Σ w, exact.</summary>
    /// <param name="setup">The setup.</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">|μ_e4| [μ_B].</param>
    /// <param name="nature">Dirac or Majorana.</param>
    public static double MeanPhotonEnergyMeV(NucleusSetup setup, double m4MeV, double muBohr, NeutrinoNature nature)
    {
        double asymmetry = SterileDecay.PhotonAsymmetry(nature);
        double sum = 0;
        double norm = 0;
        foreach (var (sample, events) in Weighted(setup, m4MeV, muBohr, nature))
        {
            double e4 = Math.Sqrt(m4MeV * m4MeV + sample.MomentumMeV * sample.MomentumMeV);
            sum += events * (e4 + sample.MomentumMeV * asymmetry * sample.Polarization.Longitudinal / 3.0) / 2.0;
            norm += events;
        }

        return norm > 0 ? sum / norm : double.NaN;
    }

    /// <summary>Expected photons in bins of cosθ_γ, the lab angle between photon and incoming neutrino.</summary>
    /// <remarks>
    /// Rest-frame distribution (1 + a(P_L cosθ* + P_T sinθ* cosφ*))/(4π). For fixed θ*, cosθ_γ = A + B cosφ*
    /// (<see cref="PhotonBoost.LabCosAngleToBeam"/>) and the weight are linear in cosφ*, so the φ* integral over each bin
    /// is done exactly: (w0(φ2 − φ1) + w1(sinφ2 − sinφ1))/π on the arc where A + B cosφ* falls in the bin. θ* is
    /// integrated with 32-point Gauss–Legendre in cosθ*.
    /// </remarks>
    /// <param name="setup">The setup.</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">|μ_e4| [μ_B].</param>
    /// <param name="nature">Dirac or Majorana.</param>
    /// <param name="binEdgesCos">Ascending bin edges in cosθ_γ, within [−1, 1].</param>
    public static PhotonHistogram PhotonAngularDistribution(
        NucleusSetup setup, double m4MeV, double muBohr, NeutrinoNature nature, IReadOnlyList<double> binEdgesCos)
    {
        double[] counts = new double[CheckEdges(binEdgesCos)];
        double[] edges = [.. binEdgesCos];
        double asymmetry = SterileDecay.PhotonAsymmetry(nature);
        var rule = new GaussLegendreRule(-1.0, 1.0, RestAngleNodes);
        foreach (var (sample, events) in Weighted(setup, m4MeV, muBohr, nature))
        {
            double p4 = sample.MomentumMeV;
            double e4 = Math.Sqrt(m4MeV * m4MeV + p4 * p4);
            double cos4 = sample.CosAngleToBeam;
            double sin4 = Math.Sqrt(Math.Max(1.0 - cos4 * cos4, 0.0));
            for (int i = 0; i < RestAngleNodes; i++)
            {
                double cosRest = rule.Abscissas[i];
                double sinRest = Math.Sqrt(1.0 - cosRest * cosRest);
                double photonEnergy = (e4 + p4 * cosRest) / 2.0;
                double centre = (e4 * cosRest + p4) / 2.0 * cos4 / photonEnergy;
                double swing = m4MeV / 2.0 * sinRest * sin4 / photonEnergy;
                double w0 = 1.0 + asymmetry * sample.Polarization.Longitudinal * cosRest;
                double w1 = asymmetry * sample.Polarization.Transverse * sinRest;
                double scale = events * rule.Weights[i] / 2.0;
                for (int b = 0; b < counts.Length; b++)
                {
                    counts[b] += scale * AzimuthFraction(centre, swing, w0, w1, edges[b], edges[b + 1], b == counts.Length - 1);
                }
            }
        }

        return new PhotonHistogram([.. binEdgesCos], [.. counts]);
    }

    private static IEnumerable<(UpscatterSample Sample, double Events)> Weighted(
        NucleusSetup setup, double m4MeV, double muBohr, NeutrinoNature nature)
    {
        double scale = setup.PhotonEfficiency * muBohr * muBohr;
        double properCm = SterileDecay.ProperDecayLengthCm(m4MeV, muBohr, nature);
        foreach (UpscatterSample sample in UpscatterSampler.Samples(setup, m4MeV))
        {
            double events = scale * sample.EventsAtOneBohr * DecayProbability(setup.DecayRegion, sample.MomentumMeV / m4MeV * properCm);
            if (events > 0)
            {
                yield return (sample, events);
            }
        }
    }

    private static double Sum(List<UpscatterSample> samples, NucleusSetup setup, double m4MeV, double muBohr, NeutrinoNature nature)
    {
        double properCm = SterileDecay.ProperDecayLengthCm(m4MeV, muBohr, nature);
        double sum = 0;
        foreach (UpscatterSample sample in samples)
        {
            sum += sample.EventsAtOneBohr * DecayProbability(setup.DecayRegion, sample.MomentumMeV / m4MeV * properCm);
        }

        return setup.PhotonEfficiency * muBohr * muBohr * sum;
    }

    // A ν4 at rest (p4 = 0, only at threshold) decays at the production point: inside the region iff d1 = 0.
    private static double DecayProbability(DecayRegion region, double decayLengthCm) =>
        decayLengthCm > 0 ? region.Probability(decayLengthCm) : region.StartCm == 0 ? 1.0 : 0.0;

    // ∫dφ*/(2π) (w0 + w1 cosφ*) over the φ* ∈ [0, 2π) with lo ≤ A + B cosφ* < hi (≤ hi for the last bin).
    private static double AzimuthFraction(double centre, double swing, double w0, double w1, double lo, double hi, bool closed)
    {
        if (Math.Abs(swing) < 1e-14)
        {
            return centre >= lo && (centre < hi || (closed && centre <= hi)) ? w0 : 0.0;
        }

        double u1 = Math.Clamp((lo - centre) / swing, -1.0, 1.0);
        double u2 = Math.Clamp((hi - centre) / swing, -1.0, 1.0);
        if (swing < 0)
        {
            (u1, u2) = (u2, u1);
        }

        if (!(u2 > u1))
        {
            return 0.0;
        }

        double phi1 = Math.Acos(u2);
        double phi2 = Math.Acos(u1);
        return (w0 * (phi2 - phi1) + w1 * (Math.Sin(phi2) - Math.Sin(phi1))) / Math.PI;
    }

    private static int CheckEdges(IReadOnlyList<double> edges)
    {
        if (edges is null || edges.Count < 2 || Enumerable.Range(1, edges.Count - 1).Any(i => !(edges[i] > edges[i - 1])))
        {
            throw new ArgumentException("bin edges must be at least two strictly ascending numbers", nameof(edges));
        }

        return edges.Count - 1;
    }
}
