using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Detector;

/// <summary>
/// Gaussian energy resolution with width σ(T') = a √T' + b T' of the true energy T' (the ℛ(T, T') of seed 002 Eq. (5)):
/// ℛ(T, T') = exp(−(T − T')² / 2σ²) / (√(2π) σ).
/// </summary>
/// <remarks>
/// Internally a is held in √MeV: a[√MeV] = a[√keV] × √(10⁻³). Published parameterizations are quoted in keV;
/// use <see cref="FromKeV"/> at that edge. b = 0 gives the pure-statistics form σ/T = a/√T.
/// </remarks>
public sealed class GaussianResolution
{
    private GaussianResolution(double aSqrtMeV, double b)
    {
        if (!(aSqrtMeV >= 0) || !(b >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(aSqrtMeV), $"resolution parameters must be ≥ 0; got a = {aSqrtMeV} √MeV, b = {b}");
        }

        ASqrtMeV = aSqrtMeV;
        B = b;
    }

    /// <summary>Stochastic coefficient a [√MeV].</summary>
    public double ASqrtMeV { get; }

    /// <summary>Linear coefficient b [dimensionless].</summary>
    public double B { get; }

    /// <summary>
    /// XENON1T SR1 electronic recoils: a = 0.310 √keV, b = 0.0037 (E. Aprile et al., PRD 102, 072004 (2020),
    /// arXiv:2006.09721, doi:10.1103/PhysRevD.102.072004, Sec. III; used by seed 001 Sec. 3.1).
    /// </summary>
    public static GaussianResolution Xenon1TSr1 { get; } = FromKeV(0.310, 0.0037);

    /// <summary>
    /// XENONnT SR0 electronic recoils — APPROXIMATION: the XENON1T SR1 values a = 0.310 √keV, b = 0.0037. No published
    /// a, b for SR0 (E. Aprile et al., PRL 129, 161805 (2022), arXiv:2207.11330, doi:10.1103/PhysRevLett.129.161805)
    /// could be found; the same XENON1T form is what the public SNuDD code (github.com/SNuDD/SNuDD,
    /// snudd/resolution.py, resolution_xnt) uses for XENONnT. Replace when the SR0 values are verified.
    /// </summary>
    public static GaussianResolution XenonNtSr0Approximate { get; } = FromKeV(0.310, 0.0037);

    /// <summary>
    /// PandaX-4T Run1 electronic recoils — APPROXIMATION: the XENON1T SR1 values a = 0.310 √keV, b = 0.0037. No
    /// published parameterization for the PandaX-4T low-energy ER analysis (X. Zeng et al., PRL 134, 041001 (2025),
    /// arXiv:2408.07641, doi:10.1103/PhysRevLett.134.041001) could be found; both are dual-phase xenon TPCs with
    /// combined-energy reconstruction. Replace when verified.
    /// </summary>
    public static GaussianResolution PandaX4TRun1Approximate { get; } = FromKeV(0.310, 0.0037);

    /// <summary>From parameters quoted in keV: σ[keV] = a[√keV] √(T[keV]) + b T[keV].</summary>
    /// <param name="aSqrtKeV">a [√keV].</param>
    /// <param name="b">b [dimensionless].</param>
    public static GaussianResolution FromKeV(double aSqrtKeV, double b) =>
        new(aSqrtKeV * Math.Sqrt(PhysicalConstants.MeVPerKeV), b);

    /// <summary>From parameters already in MeV: σ[MeV] = a[√MeV] √(T[MeV]) + b T[MeV].</summary>
    public static GaussianResolution FromMeV(double aSqrtMeV, double b) => new(aSqrtMeV, b);

    /// <summary>σ(T') [MeV] at true energy T' [MeV]; 0 at T' ≤ 0.</summary>
    public double SigmaMeV(double trueEnergyMeV) =>
        trueEnergyMeV <= 0 ? 0 : ASqrtMeV * Math.Sqrt(trueEnergyMeV) + B * trueEnergyMeV;
}
