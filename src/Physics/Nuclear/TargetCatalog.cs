namespace DipolePortal.Physics.Nuclear;

/// <summary>
/// The built-in target materials. Natural isotopic mixtures (<see cref="IsotopeTable"/>) times stoichiometry. Form factors:
/// Helm by default; Klein–Nystrand for Cs, I and CsI, following COHERENT (seed 001 footnote 2).
/// Names: Xe, Ge, Ge73, Ar, Cs, I, CsI, Si, O, Al, Ca, W, Al2O3, CaWO4; lookup is case-insensitive and accepts element
/// names ("xenon", "caesium"/"cesium", "sapphire" for Al2O3, ...).
/// </summary>
public static class TargetCatalog
{
    private static readonly Dictionary<string, TargetMaterial> Materials = Build();

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xenon"] = "Xe", ["germanium"] = "Ge", ["germanium-73"] = "Ge73", ["73Ge"] = "Ge73", ["Ge-73"] = "Ge73",
        ["argon"] = "Ar", ["caesium"] = "Cs", ["cesium"] = "Cs", ["iodine"] = "I", ["caesium iodide"] = "CsI",
        ["cesium iodide"] = "CsI", ["silicon"] = "Si", ["oxygen"] = "O", ["aluminium"] = "Al", ["aluminum"] = "Al",
        ["calcium"] = "Ca", ["tungsten"] = "W", ["sapphire"] = "Al2O3", ["calcium tungstate"] = "CaWO4",
    };

    /// <summary>Canonical names of all built-in materials, in catalog order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["Xe", "Ge", "Ge73", "Ar", "Cs", "I", "CsI", "Si", "O", "Al", "Ca", "W", "Al2O3", "CaWO4"];

    /// <summary>Finds a material by canonical name or alias, case-insensitively.</summary>
    /// <param name="name">E.g. "Xe", "xenon", "CsI", "sapphire".</param>
    /// <exception cref="ArgumentException">Unknown name; the message lists the allowed names.</exception>
    public static TargetMaterial Find(string name)
    {
        string key = name?.Trim() ?? string.Empty;
        if (Aliases.TryGetValue(key, out string? canonical))
        {
            key = canonical;
        }

        string? match = Names.FirstOrDefault(n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? Materials[match]
            : throw new ArgumentException(
                $"unknown target '{name}'; allowed: {string.Join(", ", Names)} (or element names such as xenon, caesium)",
                nameof(name));
    }

    private static Dictionary<string, TargetMaterial> Build()
    {
        var materials = new Dictionary<string, TargetMaterial>(StringComparer.Ordinal);
        void Add(string name, params (string Element, double Count, FormFactorModel Model)[] parts) =>
            materials[name] = new TargetMaterial(name, parts.SelectMany(p => Element(p.Element, p.Count, p.Model)).ToList());

        const FormFactorModel helm = FormFactorModel.Helm;
        const FormFactorModel kn = FormFactorModel.KleinNystrand;
        Add("Xe", ("Xe", 1, helm));
        Add("Ge", ("Ge", 1, helm));
        IsotopeTable.Isotope ge73 = IsotopeTable.OfElement("Ge").Single(i => i.A == 73);
        materials["Ge73"] = new TargetMaterial("Ge73", [new TargetConstituent(ToNucleus(ge73, helm), 1.0)]);
        Add("Ar", ("Ar", 1, helm));
        Add("Cs", ("Cs", 1, kn));
        Add("I", ("I", 1, kn));
        Add("CsI", ("Cs", 1, kn), ("I", 1, kn));
        Add("Si", ("Si", 1, helm));
        Add("O", ("O", 1, helm));
        Add("Al", ("Al", 1, helm));
        Add("Ca", ("Ca", 1, helm));
        Add("W", ("W", 1, helm));
        Add("Al2O3", ("Al", 2, helm), ("O", 3, helm));
        Add("CaWO4", ("Ca", 1, helm), ("W", 1, helm), ("O", 4, helm));
        return materials;
    }

    private static IEnumerable<TargetConstituent> Element(string element, double count, FormFactorModel model) =>
        IsotopeTable.OfElement(element).Select(i => new TargetConstituent(ToNucleus(i, model), count * i.Abundance));

    private static Nucleus ToNucleus(IsotopeTable.Isotope isotope, FormFactorModel model) =>
        Nucleus.FromAtomicMass($"{isotope.Element}-{isotope.A}", isotope.Z, isotope.A, isotope.AtomicMassU, model);
}
