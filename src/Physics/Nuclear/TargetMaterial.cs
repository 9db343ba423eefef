using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Nuclear;

/// <summary>A detector material: the isotopes of one formula unit (natural isotopic mix times stoichiometry).</summary>
/// <param name="Name">Catalog name, e.g. "CsI".</param>
/// <param name="Constituents">The isotopes and their counts per formula unit.</param>
public sealed record TargetMaterial(string Name, IReadOnlyList<TargetConstituent> Constituents)
{
    /// <summary>Molar mass of one formula unit [g/mol] = Σ n_i·m_a,i (atomic masses in u = g/mol).</summary>
    public double MolarMassGramsPerMol => Constituents.Sum(c => c.AtomsPerFormulaUnit * c.Nucleus.AtomicMassU);

    /// <summary>Formula units per tonne [t⁻¹] = N_A·10⁶ g / molar mass.</summary>
    public double FormulaUnitsPerTonne => PhysicalConstants.AvogadroPerMol * PhysicalConstants.GramsPerTonne / MolarMassGramsPerMol;

    /// <summary>Number of nuclei of one constituent per tonne of material [t⁻¹].</summary>
    /// <param name="constituent">One of <see cref="Constituents"/>.</param>
    public double NucleiPerTonne(TargetConstituent constituent) => constituent.AtomsPerFormulaUnit * FormulaUnitsPerTonne;

    /// <summary>Total number of nuclei (all constituents) per tonne [t⁻¹].</summary>
    public double TotalNucleiPerTonne => Constituents.Sum(NucleiPerTonne);

    /// <summary>Electrons per tonne [t⁻¹] = Σ Z_i·(atoms of i per tonne), neutral atoms.</summary>
    public double ElectronsPerTonne => Constituents.Sum(c => c.Nucleus.Z * NucleiPerTonne(c));
}
