using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Sources;

namespace DipolePortal.Physics.Shining;

/// <summary>
/// A reactor CEvNS target with a photon detector around it, as proposed for NUCLEUS in seed 004: target material and
/// mass, live time, the reactors, the nuclear-recoil threshold (the recoil is seen in coincidence), the ν4 decay region
/// and the photon detection efficiency.
/// </summary>
/// <param name="Target">Target material (e.g. <c>TargetCatalog.Find("CaWO4")</c>).</param>
/// <param name="TargetMassKg">Target mass [kg], &gt; 0.</param>
/// <param name="ExposureDays">Live time [d], &gt; 0.</param>
/// <param name="Reactors">The reactors seen by the target.</param>
public sealed record NucleusSetup(TargetMaterial Target, double TargetMassKg, double ExposureDays, IReadOnlyList<ReactorSpec> Reactors)
{
    /// <summary>
    /// Typical pressurized-water-reactor fission fractions ²³⁵U 0.56, ²³⁸U 0.07, ²³⁹Pu 0.31, ²⁴¹Pu 0.06 [dimensionless]
    /// (mid-cycle; the total flux moves by a few per cent over a cycle). An assumption, not a Chooz value.
    /// </summary>
    public static FissionIsotopeValues TypicalPwrFissionFractions { get; } = new(0.56, 0.07, 0.31, 0.06);

    /// <summary>Nuclear-recoil threshold [eV] for the coincident recoil; default 20 eV (NUCLEUS: 19.7 eV achieved,
    /// Strauss et al., PRD 96, 022009 (2017), arXiv:1704.04317).</summary>
    public double RecoilThresholdEV { get; init; } = 20.0;

    /// <summary>Where along its path a ν4 decay is seen; default within 5 cm (seed 004).</summary>
    public DecayRegion DecayRegion { get; init; } = DecayRegion.WithinFiveCm;

    /// <summary>Photon detection efficiency ε_γ [dimensionless], default 1.</summary>
    public double PhotonEfficiency { get; init; } = 1.0;

    /// <summary>True when masses, times, threshold, efficiency, region and reactors are in range.</summary>
    public bool IsValid =>
        Target is not null && TargetMassKg > 0 && ExposureDays > 0 && RecoilThresholdEV >= 0
        && PhotonEfficiency is >= 0 and <= 1 && DecayRegion.IsValid && Reactors is { Count: > 0 } && Reactors.All(r => r.IsValid);

    /// <summary>
    /// NUCLEUS at the Chooz Very-Near-Site: two 4.25 GW_th cores at 72 m and 102 m (Angloher et al., EPJC 79, 1018 (2019),
    /// arXiv:1905.10258; concept in Strauss et al., EPJC 77, 506 (2017), arXiv:1704.04320), with
    /// <see cref="TypicalPwrFissionFractions"/>; total ν̄_e flux ≈ 1.6×10¹² cm⁻² s⁻¹ with these inputs.
    /// </summary>
    /// <param name="targetName">A <see cref="TargetCatalog"/> name: "Ge73", "Al2O3", "CaWO4", ...</param>
    /// <param name="targetMassKg">Target mass [kg]; seed 004 uses 0.01 and 1.</param>
    /// <param name="exposureDays">Live time [d]; default one year (365.25 d).</param>
    public static NucleusSetup Chooz(string targetName, double targetMassKg, double exposureDays = 365.25) =>
        new(TargetCatalog.Find(targetName), targetMassKg, exposureDays,
            [new ReactorSpec(4250, 72, TypicalPwrFissionFractions, 0.0), new ReactorSpec(4250, 102, TypicalPwrFissionFractions, 0.0)]);
}
