namespace DipolePortal.Physics.Nuclear;

/// <summary>One kind of nucleus in a target and how many of it there are per formula unit.</summary>
/// <param name="Nucleus">The isotope.</param>
/// <param name="AtomsPerFormulaUnit">Atoms of this isotope per formula unit [dimensionless]: stoichiometry × isotopic
/// abundance (e.g. ¹³¹Xe in natural Xe: 0.21232; O in Al2O3: 3).</param>
public sealed record TargetConstituent(Nucleus Nucleus, double AtomsPerFormulaUnit);
