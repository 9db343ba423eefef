using DipolePortal.Physics.Detector;

namespace DipolePortal.Physics.Tests.Detector;

public class GaussianResolutionTests
{
    [Fact]
    public void SigmaMeV_WhenXenon1TAt10KeV_MatchesHandCalculation()
    {
        // σ = 0.310 √keV × √10 keV + 0.0037 × 10 keV = 0.980306 + 0.037 = 1.017306 keV (hand calculation,
        // parameters of arXiv:2006.09721 as used in seed 001 Sec. 3.1).
        Tolerance.AssertRelative(1.017306e-3, GaussianResolution.Xenon1TSr1.SigmaMeV(0.010), 1e-6, "XENON1T σ(10 keV)");
    }

    [Fact]
    public void FromKeV_WhenSameParametersGivenInMeV_AgreesTo1e12()
    {
        // Dimensional check: a[√MeV] = a[√keV] × √10⁻³.
        var keV = GaussianResolution.FromKeV(0.310, 0.0037);
        var meV = GaussianResolution.FromMeV(0.310 * Math.Sqrt(1e-3), 0.0037);
        Tolerance.AssertRelative(meV.SigmaMeV(0.0042), keV.SigmaMeV(0.0042), 1e-12, "keV edge vs MeV input");
    }

    [Fact]
    public void SigmaMeV_WhenTrueEnergyIsZero_IsZero() =>
        Tolerance.AssertAbsolute(0, GaussianResolution.Xenon1TSr1.SigmaMeV(0), 0, "no width at zero energy");
}
