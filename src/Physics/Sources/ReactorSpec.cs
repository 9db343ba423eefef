namespace DipolePortal.Physics.Sources;

/// <summary>A nuclear reactor seen from a detector: power, distance, fuel composition and the flux-normalization prior.</summary>
/// <param name="ThermalPowerMW">Thermal power P_th [MW].</param>
/// <param name="DistanceM">Core–detector distance L [m].</param>
/// <param name="FissionFractions">Fraction of fissions f_i of each isotope [dimensionless]; they must sum to 1.</param>
/// <param name="RelativeUncertainty">1σ fractional uncertainty of the total flux [dimensionless] (the experiment's prior).</param>
public sealed record ReactorSpec(
    double ThermalPowerMW,
    double DistanceM,
    FissionIsotopeValues FissionFractions,
    double RelativeUncertainty)
{
    /// <summary>
    /// Energy released per fission E_i [MeV]: Kopeikin, Mikaelyan &amp; Sinev, Phys. Atom. Nucl. 67, 1892 (2004),
    /// arXiv:hep-ph/0410100: ²³⁵U 201.92, ²³⁸U 205.52, ²³⁹Pu 209.99, ²⁴¹Pu 213.60 MeV.
    /// </summary>
    /// <remarks>
    /// Typed from the paper's table as recalled (2026-11-21); the paper could not be opened from this machine, so
    /// re-check before publication. Ma et al., PRC 88, 014605 (2013) give 0.2–0.5% higher values; the flux scales
    /// as 1/(Σ f_i E_i).
    /// </remarks>
    public static FissionIsotopeValues KopeikinEnergyPerFissionMeV { get; } = new(201.92, 205.52, 209.99, 213.60);

    /// <summary>Energy released per fission of each isotope [MeV] (default <see cref="KopeikinEnergyPerFissionMeV"/>).</summary>
    public FissionIsotopeValues EnergyPerFissionMeV { get; init; } = KopeikinEnergyPerFissionMeV;

    /// <summary>True when power, distance and uncertainty are positive/non-negative and the fractions are ≥ 0 and sum to 1 (±10⁻³).</summary>
    public bool IsValid =>
        ThermalPowerMW > 0 && DistanceM > 0 && RelativeUncertainty >= 0
        && FissionFractions.InTableOrder.All(f => f >= 0) && Math.Abs(FissionFractions.InTableOrder.Sum() - 1) <= 1e-3
        && EnergyPerFissionMeV.InTableOrder.All(e => e > 0);
}
