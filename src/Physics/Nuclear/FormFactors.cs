using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Nuclear;

/// <summary>
/// Nuclear form factors F(q), q = |q⃗| in MeV, normalized to F(0) = 1; lengths in fm, converted with ħc.
/// </summary>
public static class FormFactors
{
    /// <summary>Helm surface thickness s = 0.9 fm (seed 001 after Eq. (13); Lewin &amp; Smith 1996).</summary>
    public const double HelmSkinFm = 0.9;

    /// <summary>Klein–Nystrand Yukawa range a_k = 0.7 fm (seed 001 footnote 2).</summary>
    public const double KleinNystrandRangeFm = 0.7;

    /// <summary>Klein–Nystrand radius coefficient: R_A = 1.23 A^{1/3} fm (seed 001 footnote 2).</summary>
    public const double KleinNystrandRadiusCoefficientFm = 1.23;

    /// <summary>
    /// Helm box radius R0 [fm]: R0² = R² − 5s², R² = c² + (7/3)π²a², c = 1.23A^{1/3} − 0.60 fm, a = 0.52 fm
    /// (Lewin &amp; Smith, Astropart. Phys. 6, 87 (1996), Eq. (4.11); seed 001 Eq. (13) with s = 0.9 fm).
    /// </summary>
    /// <param name="nucleus">The nucleus (uses A).</param>
    public static double HelmRadiusFm(Nucleus nucleus)
    {
        const double a = 0.52;
        double c = 1.23 * Math.Cbrt(nucleus.MassNumber) - 0.60;
        double rSquared = c * c + 7.0 / 3.0 * Math.PI * Math.PI * a * a;
        return Math.Sqrt(rSquared - 5.0 * HelmSkinFm * HelmSkinFm);
    }

    /// <summary>Klein–Nystrand radius R_A = 1.23 A^{1/3} [fm] (seed 001 footnote 2).</summary>
    /// <param name="nucleus">The nucleus (uses A).</param>
    public static double KleinNystrandRadiusFm(Nucleus nucleus) => KleinNystrandRadiusCoefficientFm * Math.Cbrt(nucleus.MassNumber);

    /// <summary>Helm form factor F = 3j1(qR0)/(qR0)·exp(−q²s²/2) [dimensionless]. Seed 001 Eq. (13).</summary>
    /// <param name="nucleus">The nucleus.</param>
    /// <param name="momentumTransferMeV">|q⃗| [MeV].</param>
    public static double Helm(Nucleus nucleus, double momentumTransferMeV)
    {
        double qPerFm = momentumTransferMeV / PhysicalConstants.HbarCMeVFm;
        double qs = qPerFm * HelmSkinFm;
        return SphereFactor(qPerFm * HelmRadiusFm(nucleus)) * Math.Exp(-qs * qs / 2.0);
    }

    /// <summary>Klein–Nystrand form factor F = 3j1(qR_A)/(qR_A)·1/(1 + q²a_k²) [dimensionless]. Seed 001 footnote 2.</summary>
    /// <param name="nucleus">The nucleus.</param>
    /// <param name="momentumTransferMeV">|q⃗| [MeV].</param>
    public static double KleinNystrand(Nucleus nucleus, double momentumTransferMeV)
    {
        double qPerFm = momentumTransferMeV / PhysicalConstants.HbarCMeVFm;
        double qa = qPerFm * KleinNystrandRangeFm;
        return SphereFactor(qPerFm * KleinNystrandRadiusFm(nucleus)) / (1.0 + qa * qa);
    }

    /// <summary>3j1(x)/x for the uniform sphere, j1(x) = sin x/x² − cos x/x; Taylor series 1 − x²/10 + x⁴/280 for small x.</summary>
    /// <param name="x">qR [dimensionless].</param>
    public static double SphereFactor(double x)
    {
        double ax = Math.Abs(x);
        if (ax < 1e-3)
        {
            double x2 = x * x;
            return 1.0 - x2 / 10.0 + x2 * x2 / 280.0;
        }

        return 3.0 * (Math.Sin(x) - x * Math.Cos(x)) / (x * x * x);
    }
}
