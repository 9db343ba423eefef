namespace DipolePortal.Physics.Units;

/// <summary>
/// Physical constants in the internal unit system (MeV, cm, s, μ_B). One constant per member, each with its
/// symbol, [unit] and source edition. When a value changes, leave a dated comment beside it.
/// </summary>
public static class PhysicalConstants
{
    /// <summary>Electron mass m_e [MeV]. PDG 2024 (CODATA 2018).</summary>
    public const double ElectronMassMeV = 0.51099895000;

    /// <summary>Proton mass m_p [MeV]. PDG 2024 (CODATA 2018).</summary>
    public const double ProtonMassMeV = 938.27208816;

    /// <summary>Neutron mass m_n [MeV]. PDG 2024 (CODATA 2018).</summary>
    public const double NeutronMassMeV = 939.56542052;

    /// <summary>Atomic mass unit u [MeV]. PDG 2024 (CODATA 2018).</summary>
    public const double AtomicMassUnitMeV = 931.49410242;

    /// <summary>Fine-structure constant α at q² = 0 [dimensionless]. PDG 2024 (CODATA 2018): 1/137.035999084.</summary>
    public const double FineStructure = 1.0 / 137.035999084;

    /// <summary>Fermi constant G_F/(ħc)³ [MeV⁻²]. PDG 2024: 1.1663788(6)×10⁻⁵ GeV⁻².</summary>
    public const double FermiConstantPerMeV2 = 1.1663788e-11;

    /// <summary>Weak mixing angle sin²θ_W at low momentum transfer [dimensionless]. PDG 2022 (as used in seed 003).</summary>
    public const double SinSquaredWeakAngle = 0.23857;

    /// <summary>Reduced Planck constant times speed of light ħc [MeV fm]. PDG 2024 (CODATA 2018).</summary>
    public const double HbarCMeVFm = 197.3269804;

    /// <summary>(ħc)² expressed as the conversion from natural units MeV⁻² to cm² [MeV² cm²]: (197.3269804 MeV fm)² × 10⁻²⁶ cm²/fm².</summary>
    public const double Cm2PerInverseMeV2 = HbarCMeVFm * HbarCMeVFm * 1e-26;

    /// <summary>Avogadro constant N_A [mol⁻¹]. SI 2019 exact value.</summary>
    public const double AvogadroPerMol = 6.02214076e23;

    /// <summary>Seconds in a Julian year (365.25 d) [s]. IAU convention used for exposures in tonne-years.</summary>
    public const double SecondsPerYear = 365.25 * 86400.0;

    /// <summary>Seconds per day [s].</summary>
    public const double SecondsPerDay = 86400.0;

    /// <summary>Grams per tonne [g].</summary>
    public const double GramsPerTonne = 1e6;

    /// <summary>Megaelectronvolts per kiloelectronvolt [MeV/keV], for converting at data-file edges.</summary>
    public const double MeVPerKeV = 1e-3;

    /// <summary>Megaelectronvolts per electronvolt [MeV/eV], for converting at data-file edges.</summary>
    public const double MeVPerEV = 1e-6;

    /// <summary>Centimetres per femtometre [cm/fm].</summary>
    public const double CmPerFm = 1e-13;
}
