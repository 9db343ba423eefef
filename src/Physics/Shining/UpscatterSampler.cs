using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;
using MathNet.Numerics.Integration;

namespace DipolePortal.Physics.Shining;

/// <summary>
/// Builds the quadrature nodes of N = t·Σ_A n_A ∫dE Φ(E) ∫_{max(T_min, T_th)}^{T_max} dT dσ_A/dT (seed 001 Eq. (21)) at
/// μ = 1 μ_B, one <see cref="UpscatterSample"/> per (nucleus, E, T): trapezoid over the reactor spectrum's nodes (as
/// <see cref="FluxComponent"/> is read), Gauss–Legendre in ln T over the allowed recoils above threshold.
/// </summary>
internal static class UpscatterSampler
{
    /// <summary>Gauss–Legendre nodes in ln T per neutrino energy.</summary>
    internal const int RecoilNodes = 16;

    public static List<UpscatterSample> Samples(NucleusSetup setup, double m4MeV)
    {
        if (!setup.IsValid)
        {
            throw new ArgumentOutOfRangeException(
                nameof(setup), setup, "target mass, exposure and reactors must be > 0, threshold ≥ 0, 0 ≤ efficiency ≤ 1, 0 ≤ d1 ≤ d2");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(m4MeV);
        var fluxes = setup.Reactors.Select(ReactorAntineutrinos.Flux).ToList();
        var energiesMeV = fluxes[0].EnergiesMeV;
        double[] fluxPerMeV = new double[energiesMeV.Length];
        foreach (FluxComponent flux in fluxes)
        {
            for (int i = 0; i < fluxPerMeV.Length; i++)
            {
                fluxPerMeV[i] += flux.TotalFluxPerCm2PerS * flux.DensityPerMeV[i];
            }
        }

        double seconds = setup.ExposureDays * PhysicalConstants.SecondsPerDay;
        double tonnes = setup.TargetMassKg / 1000.0;
        double thresholdMeV = setup.RecoilThresholdEV * PhysicalConstants.MeVPerEV;
        var samples = new List<UpscatterSample>();
        foreach (var constituent in setup.Target.Constituents)
        {
            var nucleus = constituent.Nucleus;
            double targets = setup.Target.NucleiPerTonne(constituent) * tonnes;
            for (int i = 0; i < energiesMeV.Length; i++)
            {
                double e = energiesMeV[i];
                double trapezoidMeV = ((i > 0 ? e - energiesMeV[i - 1] : 0) + (i < energiesMeV.Length - 1 ? energiesMeV[i + 1] - e : 0)) / 2;
                RecoilInterval allowed = RecoilKinematics.AllowedRecoilMeV(e, nucleus.MassMeV, m4MeV);
                double low = Math.Max(allowed.MinMeV, thresholdMeV);
                if (allowed.IsEmpty || !(allowed.MaxMeV > low) || low <= 0)
                {
                    continue;
                }

                double perEnergy = seconds * targets * fluxPerMeV[i] * trapezoidMeV;
                var rule = new GaussLegendreRule(Math.Log(low), Math.Log(allowed.MaxMeV), RecoilNodes);
                for (int j = 0; j < RecoilNodes; j++)
                {
                    double t = Math.Exp(rule.Abscissas[j]);
                    double dsigma = NuclearScattering.DipoleDsigmaDtCm2PerMeV(nucleus, e, t, m4MeV, 1.0);
                    if (dsigma <= 0)
                    {
                        continue;
                    }

                    samples.Add(new UpscatterSample(
                        perEnergy * dsigma * t * rule.Weights[j],
                        UpscatterKinematics.SterileMomentumMeV(e, t, m4MeV),
                        UpscatterKinematics.SterileCosAngleToBeam(e, t, nucleus.MassMeV, m4MeV),
                        SterilePolarization.FromUpscattering(e, t, nucleus.MassMeV, m4MeV)));
                }
            }
        }

        return samples;
    }
}
