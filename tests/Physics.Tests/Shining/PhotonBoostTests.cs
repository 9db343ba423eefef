using DipolePortal.Physics.Shining;

namespace DipolePortal.Physics.Tests.Shining;

public class PhotonBoostTests
{
    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(0.3, 6.0)]
    [InlineData(5.0, 0.01)]
    public void LabEnergy_StaysBetweenBoostedEndpoints(double m4, double p4)
    {
        // E_γ ∈ [γ(1 − β)m4/2, γ(1 + β)m4/2], γ = E4/m4, β = p4/E4; endpoints at cosθ* = ∓1.
        double e4 = Math.Sqrt(m4 * m4 + p4 * p4);
        double gamma = e4 / m4;
        double beta = p4 / e4;
        var (min, max) = PhotonBoost.LabEnergyRangeMeV(m4, p4);
        Tolerance.AssertRelative(gamma * (1 - beta) * m4 / 2, min, 1e-12, "lower endpoint");
        Tolerance.AssertRelative(gamma * (1 + beta) * m4 / 2, max, 1e-12, "upper endpoint");
        Tolerance.AssertRelative(min, PhotonBoost.LabEnergyMeV(m4, p4, -1), 1e-9, "cosθ* = −1");
        Tolerance.AssertRelative(max, PhotonBoost.LabEnergyMeV(m4, p4, 1), 1e-12, "cosθ* = +1");
        for (double c = -1; c <= 1; c += 0.01)
        {
            double energy = PhotonBoost.LabEnergyMeV(m4, p4, c);
            Assert.InRange(energy, min * (1 - 1e-12), max * (1 + 1e-12));
        }
    }

    [Fact]
    public void FractionInEnergyRange_Isotropic_IsFlatBetweenEndpoints()
    {
        // a = 0: dN/dE_γ = 1/(E_max − E_min) on [E_min, E_max] (uniform in cosθ* mapped linearly).
        const double m4 = 0.8;
        const double p4 = 2.5;
        var (min, max) = PhotonBoost.LabEnergyRangeMeV(m4, p4);
        double width = (max - min) / 10;
        for (int i = 0; i < 10; i++)
        {
            Tolerance.AssertRelative(0.1, PhotonBoost.FractionInEnergyRange(m4, p4, 0.0, min + i * width, min + (i + 1) * width), 1e-9, "flat");
        }

        Tolerance.AssertRelative(1.0, PhotonBoost.FractionInEnergyRange(m4, p4, 0.0, 0.0, 100.0), 1e-12, "normalized");
        Tolerance.AssertAbsolute(0.0, PhotonBoost.FractionInEnergyRange(m4, p4, 0.0, max, max + 1), 1e-15, "nothing above E_max");
    }

    [Fact]
    public void FractionInEnergyRange_BackwardEmission_IsLinearFallingAndSoft()
    {
        // A = −1: (1 − c)/2 → lower half of the E_γ range holds ∫_{−1}^{0}(1 − c)/2 dc = 3/4.
        var (min, max) = PhotonBoost.LabEnergyRangeMeV(1.0, 3.0);
        double mid = (min + max) / 2;
        Tolerance.AssertRelative(0.75, PhotonBoost.FractionInEnergyRange(1.0, 3.0, -1.0, min, mid), 1e-12, "backward: soft half 3/4");
        Tolerance.AssertRelative(0.25, PhotonBoost.FractionInEnergyRange(1.0, 3.0, 1.0, min, mid), 1e-12, "forward: soft half 1/4");
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(-0.7)]
    public void LabCosAngleToBeam_ForwardSterile_IsAberrationFormula(double cosRest)
    {
        // ν4 along the beam: cosθ_lab = (cosθ* + β)/(1 + β cosθ*), for every φ*.
        const double m4 = 1.0;
        const double p4 = 1.5;
        double beta = p4 / Math.Sqrt(m4 * m4 + p4 * p4);
        double expected = (cosRest + beta) / (1 + beta * cosRest);
        Tolerance.AssertRelative(expected, PhotonBoost.LabCosAngleToBeam(m4, p4, 1.0, cosRest, 0.3), 1e-12, "aberration");
        Tolerance.AssertRelative(expected, PhotonBoost.LabCosAngleToBeam(m4, p4, 1.0, cosRest, 2.0), 1e-12, "aberration, other φ*");
    }

    [Fact]
    public void LabCosAngleToBeam_SterileAtRightAngle_TransverseRestPhotonGoesAlongBeam()
    {
        // ν4 ⊥ beam (cosθ4 = 0), photon emitted along ê_T = ẑ in the rest frame with cosθ* = 0, φ* = 0:
        // lab momentum (γE*β along p̂4, E* along ẑ) → cosθ_γ = E*/E_γ = 1/γ.
        const double m4 = 1.0;
        const double p4 = 2.0;
        double gamma = Math.Sqrt(m4 * m4 + p4 * p4) / m4;
        Tolerance.AssertRelative(1 / gamma, PhotonBoost.LabCosAngleToBeam(m4, p4, 0.0, 0.0, 0.0), 1e-12, "1/γ");
    }
}
