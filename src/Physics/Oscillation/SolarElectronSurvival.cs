using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Oscillation;

/// <summary>
/// Adiabatic MSW survival probability P_ee of a solar ν_e produced at a point of electron density n_e, and its
/// night-time change from regeneration in the Earth.
/// </summary>
public static class SolarElectronSurvival
{
    /// <summary>
    /// P_ee at the Earth by day for a ν_e of energy E produced where the electron density is n_e [dimensionless]:
    /// P_ee = cos²θ₁₃ cos²θ₁₃^m (½ + ½ cos 2θ₁₂^m cos 2θ₁₂) + sin²θ₁₃ sin²θ₁₃^m.
    /// </summary>
    /// <remarks>
    /// Seed 002 Eq. (4), from Maltoni &amp; Smirnov, EPJA 52, 87 (2016), arXiv:1507.05287: adiabatic propagation out of
    /// the Sun, oscillation phases averaged. θ₁₃^m from β₁₃ = 2EV/Δm²₃₁; θ₁₂^m from β₁₂ = 2E V cos²θ₁₃/Δm²₂₁
    /// (the 1–2 sector feels the potential reduced by cos²θ₁₃), with V = √2 G_F n_e.
    /// </remarks>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    /// <param name="electronDensityPerCm3">Electron density at the production point n_e [cm⁻³].</param>
    /// <param name="parameters">Vacuum oscillation parameters.</param>
    public static double DayProbability(double energyMeV, double electronDensityPerCm3, OscillationParameters parameters)
    {
        MatterAngles angles = MatterAngles.At(energyMeV, electronDensityPerCm3, parameters);
        double cosSquaredTheta13Matter = 0.5 * (1 + angles.Cos2Theta13);
        double sinSquaredTheta13Matter = 1 - cosSquaredTheta13Matter;

        // 1–2 sector: adiabatic ν_e → (ν₁ with prob. ½(1+cos2θ₁₂^m)) projected on ν_e in vacuum, seed 002 Eq. (4) bracket
        double twoFlavor = 0.5 + 0.5 * angles.Cos2Theta12 * parameters.Cos2Theta12;
        return parameters.CosSquaredTheta13 * cosSquaredTheta13Matter * twoFlavor
            + parameters.SinSquaredTheta13 * sinSquaredTheta13Matter;
    }

    /// <summary>
    /// Probabilities that a ν_e produced at density n_e leaves the Sun as ν₁, ν₂, ν₃ (adiabatic MSW, seed 001 Sec. 2.1):
    /// P₁ = cos²θ₁₃^m cos²θ₁₂^m, P₂ = cos²θ₁₃^m sin²θ₁₂^m, P₃ = sin²θ₁₃^m, with the production-point angles of
    /// <see cref="DayProbability"/>; Σᵢ Pᵢ = 1. Projected on ν_e, Σᵢ |U_ei|² Pᵢ is <see cref="DayProbability"/>.
    /// </summary>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    /// <param name="electronDensityPerCm3">Electron density at the production point n_e [cm⁻³].</param>
    /// <param name="parameters">Vacuum oscillation parameters.</param>
    public static MassStateProbabilities MassStates(double energyMeV, double electronDensityPerCm3, OscillationParameters parameters)
    {
        MatterAngles angles = MatterAngles.At(energyMeV, electronDensityPerCm3, parameters);
        double cosSquaredTheta13Matter = 0.5 * (1 + angles.Cos2Theta13);
        double cosSquaredTheta12Matter = 0.5 * (1 + angles.Cos2Theta12);
        return new(
            cosSquaredTheta13Matter * cosSquaredTheta12Matter,
            cosSquaredTheta13Matter * (1 - cosSquaredTheta12Matter),
            1 - cosSquaredTheta13Matter);
    }

    /// <summary>
    /// P_ee(night) − P_ee(day) for a ν_e produced at density n_e that crosses a constant-density Earth mantle on a
    /// path much longer than the oscillation length [dimensionless]; positive for ⁸B (regeneration).
    /// </summary>
    /// <remarks>
    /// In the 1–2 sector with the potential V_E cos²θ₁₃, a mass state ν₁ entering a slab of constant density
    /// arrives as ν_e with P₁ₑ = cos²θ₁₂ − sin 2θ₁₂^E sin(2θ₁₂^E − 2θ₁₂) sin²(Δm²_E L/4E) (two-level evolution,
    /// e.g. Akhmedov, Tórtola &amp; Valle, JHEP 05 (2004) 057, hep-ph/0404083). For L ≫ the oscillation length,
    /// sin² averages to ½. Replacing cos²θ₁₂ → P₁ₑ and sin²θ₁₂ → 1 − P₁ₑ in seed 002 Eq. (4) gives
    /// P_N − P_D = cos²θ₁₃ cos²θ₁₃^m cos 2θ₁₂^m (P₁ₑ − cos²θ₁₂).
    /// </remarks>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    /// <param name="electronDensityPerCm3">Electron density at the production point in the Sun n_e [cm⁻³].</param>
    /// <param name="parameters">Vacuum oscillation parameters.</param>
    /// <param name="earth">The Earth model crossed at night.</param>
    public static double NightMinusDay(
        double energyMeV, double electronDensityPerCm3, OscillationParameters parameters, EarthMantleModel earth)
    {
        MatterAngles sun = MatterAngles.At(energyMeV, electronDensityPerCm3, parameters);
        double cosSquaredTheta13Matter = 0.5 * (1 + sun.Cos2Theta13);

        double earthPotentialEV = MatterPotential.WolfensteinPotentialEV(earth.ElectronDensityPerCm3) * parameters.CosSquaredTheta13;
        double betaEarth = MatterPotential.MatterToVacuumRatio(energyMeV, earthPotentialEV, parameters.DeltaMSquared21EV2);
        double theta12 = 0.5 * Math.Acos(parameters.Cos2Theta12);
        double theta12Earth = 0.5 * Math.Acos(MatterPotential.Cos2ThetaInMatter(parameters.Cos2Theta12, betaEarth));

        // path-averaged regeneration term: ⟨sin²(Δm²_E L/4E)⟩ = ½
        double regeneration = -Math.Sin(2 * theta12Earth) * Math.Sin(2 * theta12Earth - 2 * theta12) * 0.5;
        return parameters.CosSquaredTheta13 * cosSquaredTheta13Matter * sun.Cos2Theta12 * regeneration;
    }

    /// <summary>cos 2θ₁₂^m and cos 2θ₁₃^m at the production point.</summary>
    private readonly record struct MatterAngles(double Cos2Theta12, double Cos2Theta13)
    {
        public static MatterAngles At(double energyMeV, double electronDensityPerCm3, OscillationParameters parameters)
        {
            double potentialEV = MatterPotential.WolfensteinPotentialEV(electronDensityPerCm3);
            double beta13 = MatterPotential.MatterToVacuumRatio(energyMeV, potentialEV, parameters.DeltaMSquared31EV2);
            double beta12 = MatterPotential.MatterToVacuumRatio(
                energyMeV, potentialEV * parameters.CosSquaredTheta13, parameters.DeltaMSquared21EV2);
            return new(
                MatterPotential.Cos2ThetaInMatter(parameters.Cos2Theta12, beta12),
                MatterPotential.Cos2ThetaInMatter(parameters.Cos2Theta13, beta13));
        }
    }
}
