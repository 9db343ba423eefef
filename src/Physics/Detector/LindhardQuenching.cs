using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Detector;

/// <summary>
/// Lindhard's quenching factor (J. Lindhard, V. Nielsen, M. Scharff, P. V. Thomsen, Mat. Fys. Medd. Dan. Vid. Selsk. 33,
/// no. 10 (1963); seed 003 ref. [26]): Y = k g(ε) / (1 + k g(ε)), g(ε) = 3ε^0.15 + 0.7ε^0.6 + ε,
/// ε = 11.5 T_nr[keV] Z^(−7/3), k = 0.133 Z^(2/3) A^(−1/2).
/// </summary>
/// <remarks>
/// For germanium (Z = 32, A = 72.63) k = 0.157; measured values lie close to it (k = 0.162 ± 0.004, A. Bonhomme et al.,
/// EPJC 82, 815 (2022), arXiv:2202.03754; k = 0.179 ± 0.001, B. J. Scholz et al., PRD 94, 122003 (2016), arXiv:1608.03588).
/// Seed 003 uses it above T_nr ≈ 0.254 keV.
/// </remarks>
public sealed class LindhardQuenching : Quenching
{
    private readonly double _epsilonPerMeV;

    /// <summary>Lindhard's model with k from Z and A.</summary>
    /// <param name="atomicNumber">Z.</param>
    /// <param name="massNumber">A (the mean mass number for a natural element).</param>
    public LindhardQuenching(double atomicNumber, double massNumber)
        : this(0.133 * Math.Pow(atomicNumber, 2.0 / 3.0) / Math.Sqrt(massNumber), atomicNumber, fitted: false)
    {
    }

    private LindhardQuenching(double k, double atomicNumber, bool fitted)
    {
        IsFittedK = fitted;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atomicNumber);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        K = k;
        _epsilonPerMeV = 11.5 * Math.Pow(atomicNumber, -7.0 / 3.0) / PhysicalConstants.MeVPerKeV;
    }

    /// <summary>True when k was given (fitted) rather than computed from Z and A.</summary>
    public bool IsFittedK { get; }

    /// <summary>Electronic-stopping constant k [dimensionless].</summary>
    public double K { get; }

    /// <summary>Lindhard's model with a fitted k in place of 0.133 Z^(2/3) A^(−1/2).</summary>
    public static LindhardQuenching WithK(double atomicNumber, double k) => new(k, atomicNumber, fitted: true);

    /// <inheritdoc/>
    public override double Yield(double nuclearRecoilMeV)
    {
        if (nuclearRecoilMeV <= 0)
        {
            return 0;
        }

        double kg = K * G(_epsilonPerMeV * nuclearRecoilMeV);
        return kg / (1 + kg);
    }

    /// <inheritdoc/>
    public override double YieldSlopePerMeV(double nuclearRecoilMeV)
    {
        if (nuclearRecoilMeV <= 0)
        {
            return 0;
        }

        double epsilon = _epsilonPerMeV * nuclearRecoilMeV;
        double kg = K * G(epsilon);
        double dg = 0.45 * Math.Pow(epsilon, -0.85) + 0.42 * Math.Pow(epsilon, -0.4) + 1; // dg/dε
        return K * dg * _epsilonPerMeV / ((1 + kg) * (1 + kg));
    }

    private static double G(double epsilon) => 3 * Math.Pow(epsilon, 0.15) + 0.7 * Math.Pow(epsilon, 0.6) + epsilon;
}
