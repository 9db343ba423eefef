using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.CrossSections;

/// <summary>
/// Effective low-energy ν_ℓ–electron couplings (neutral current plus, for ℓ = e, the Fierz-rearranged charged current).
/// Seed 001 Eq. (15): g_L = −1/2 + sin²θ_W + δ_ℓe, g_R = sin²θ_W; g_V = g_L + g_R, g_A = g_L − g_R.
/// Antineutrinos: g_L ↔ g_R (equivalently g_A → −g_A). sin²θ_W = <see cref="PhysicalConstants.SinSquaredWeakAngle"/>.
/// </summary>
public static class ElectronCouplings
{
    /// <summary>Left-handed coupling g_L [dimensionless] seen by a neutrino (or, swapped, an antineutrino). Seed 001 Eq. (15).</summary>
    public static double Left(NeutrinoFlavor flavor, bool antineutrino) =>
        antineutrino ? RightForNeutrino() : LeftForNeutrino(flavor);

    /// <summary>Right-handed coupling g_R [dimensionless]; for antineutrinos the neutrino g_L. Seed 001 Eq. (15).</summary>
    public static double Right(NeutrinoFlavor flavor, bool antineutrino) =>
        antineutrino ? LeftForNeutrino(flavor) : RightForNeutrino();

    /// <summary>Vector coupling g_V = g_L + g_R = −1/2 + 2 sin²θ_W + δ_ℓe [dimensionless]; the same for ν and ν̄.</summary>
    public static double Vector(NeutrinoFlavor flavor, bool antineutrino) => Left(flavor, antineutrino) + Right(flavor, antineutrino);

    /// <summary>Axial coupling g_A = g_L − g_R = −1/2 + δ_ℓe for ν, with opposite sign for ν̄ [dimensionless].</summary>
    public static double Axial(NeutrinoFlavor flavor, bool antineutrino) => Left(flavor, antineutrino) - Right(flavor, antineutrino);

    private static double LeftForNeutrino(NeutrinoFlavor flavor)
    {
        double chargedCurrent = flavor switch
        {
            NeutrinoFlavor.Electron => 1.0,
            NeutrinoFlavor.Muon or NeutrinoFlavor.Tau => 0.0,
            _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "flavor must be Electron, Muon or Tau"),
        };
        return -0.5 + PhysicalConstants.SinSquaredWeakAngle + chargedCurrent;
    }

    private static double RightForNeutrino() => PhysicalConstants.SinSquaredWeakAngle;
}
