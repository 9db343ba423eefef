using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Nuclear;

/// <summary>A target nucleus (one isotope) with its nuclear mass and the form-factor model used for it.</summary>
/// <param name="Symbol">Isotope symbol, e.g. "Xe-131".</param>
/// <param name="Z">Proton number.</param>
/// <param name="N">Neutron number.</param>
/// <param name="MassMeV">Nuclear mass M [MeV] = atomic mass − Z·m_e (electron binding, ≲ 0.1 MeV, neglected).</param>
/// <param name="FormFactor">Form-factor parametrization used in cross sections.</param>
public sealed record Nucleus(string Symbol, int Z, int N, double MassMeV, FormFactorModel FormFactor)
{
    /// <summary>Mass number A = Z + N.</summary>
    public int MassNumber => Z + N;

    /// <summary>Atomic mass [u] reconstructed as (M + Z·m_e)/u, for molar masses.</summary>
    public double AtomicMassU => (MassMeV + Z * PhysicalConstants.ElectronMassMeV) / PhysicalConstants.AtomicMassUnitMeV;

    /// <summary>
    /// Builds a nucleus from a tabulated atomic mass [u]: M = m_a·u − Z·m_e (AME2020: M. Wang et al., Chinese Phys. C 45,
    /// 030003 (2021), doi:10.1088/1674-1137/abddaf).
    /// </summary>
    /// <param name="symbol">Isotope symbol, e.g. "Xe-131".</param>
    /// <param name="z">Proton number.</param>
    /// <param name="massNumber">Mass number A.</param>
    /// <param name="atomicMassU">Atomic mass [u].</param>
    /// <param name="formFactor">Form-factor model.</param>
    public static Nucleus FromAtomicMass(string symbol, int z, int massNumber, double atomicMassU, FormFactorModel formFactor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(z);
        ArgumentOutOfRangeException.ThrowIfLessThan(massNumber, z);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atomicMassU);
        double massMeV = atomicMassU * PhysicalConstants.AtomicMassUnitMeV - z * PhysicalConstants.ElectronMassMeV;
        return new Nucleus(symbol, z, massNumber - z, massMeV, formFactor);
    }

    /// <summary>F(q) [dimensionless] with this nucleus' model; q = |q⃗| [MeV]. See <see cref="FormFactors"/>.</summary>
    /// <param name="momentumTransferMeV">|q⃗| [MeV].</param>
    public double FormFactorAt(double momentumTransferMeV) => FormFactor switch
    {
        FormFactorModel.Helm => FormFactors.Helm(this, momentumTransferMeV),
        FormFactorModel.KleinNystrand => FormFactors.KleinNystrand(this, momentumTransferMeV),
        _ => throw new ArgumentOutOfRangeException(nameof(FormFactor), FormFactor, "unknown form-factor model"),
    };

    /// <summary>Momentum transfer |q⃗| = √(2MT + T²) [MeV] for a recoil T [MeV] of this nucleus (seed 001 after Eq. (12)).</summary>
    /// <param name="recoilMeV">Nuclear recoil kinetic energy T [MeV].</param>
    public double MomentumTransferMeV(double recoilMeV) => Math.Sqrt(2.0 * MassMeV * recoilMeV + recoilMeV * recoilMeV);
}
