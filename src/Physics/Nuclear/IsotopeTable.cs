namespace DipolePortal.Physics.Nuclear;

/// <summary>
/// Stable isotopes used by <see cref="TargetCatalog"/>: atomic masses [u] from AME2020 (M. Wang et al., Chinese Phys. C 45,
/// 030003 (2021), doi:10.1088/1674-1137/abddaf) and natural abundances [mole fraction] from IUPAC/CIAAW 2013
/// (J. Meija et al., Pure Appl. Chem. 88, 293 (2016), doi:10.1515/pac-2015-0503).
/// </summary>
internal static class IsotopeTable
{
    /// <summary>One isotope: element symbol, Z, A, atomic mass [u], natural abundance [mole fraction].</summary>
    internal readonly record struct Isotope(string Element, int Z, int A, double AtomicMassU, double Abundance);

    /// <summary>The isotopes, grouped by element; abundances of each element sum to 1 (see remarks per element).</summary>
    internal static IReadOnlyList<Isotope> All { get; } =
    [
        new("Xe", 54, 124, 123.9058920, 0.00095),
        new("Xe", 54, 126, 125.9042983, 0.00089),
        new("Xe", 54, 128, 127.9035310, 0.01910),
        new("Xe", 54, 129, 128.9047809, 0.26401),
        new("Xe", 54, 130, 129.9035093, 0.04071),
        new("Xe", 54, 131, 130.9050841, 0.21232),
        new("Xe", 54, 132, 131.9041551, 0.26909),
        new("Xe", 54, 134, 133.9053947, 0.10436),
        new("Xe", 54, 136, 135.9072145, 0.08857),
        new("Ge", 32, 70, 69.9242487, 0.2052),
        new("Ge", 32, 72, 71.9220758, 0.2745),
        new("Ge", 32, 73, 72.9234590, 0.0776),
        new("Ge", 32, 74, 73.9211778, 0.3652),
        new("Ge", 32, 76, 75.9214027, 0.0775),
        // Argon in LAr detectors is atmospheric argon, 99.6% ⁴⁰Ar: taken as pure ⁴⁰Ar (seed 001, COHERENT-LAr).
        new("Ar", 18, 40, 39.9623831, 1.0),
        new("Cs", 55, 133, 132.9054520, 1.0),
        new("I", 53, 127, 126.9044719, 1.0),
        new("Si", 14, 28, 27.9769265, 0.92223),
        new("Si", 14, 29, 28.9764947, 0.04685),
        new("Si", 14, 30, 29.9737701, 0.03092),
        new("O", 8, 16, 15.9949146, 0.99757),
        new("O", 8, 17, 16.9991318, 0.00038),
        new("O", 8, 18, 17.9991596, 0.00205),
        new("Al", 13, 27, 26.9815384, 1.0),
        new("Ca", 20, 40, 39.9625909, 0.96941),
        new("Ca", 20, 42, 41.9586166, 0.00647),
        new("Ca", 20, 43, 42.9587664, 0.00135),
        new("Ca", 20, 44, 43.9554816, 0.02086),
        new("Ca", 20, 46, 45.9536890, 0.00004),
        new("Ca", 20, 48, 47.9525229, 0.00187),
        new("W", 74, 180, 179.9467108, 0.0012),
        new("W", 74, 182, 181.9482039, 0.2650),
        new("W", 74, 183, 182.9502228, 0.1431),
        new("W", 74, 184, 183.9509309, 0.3064),
        new("W", 74, 186, 185.9543628, 0.2843),
    ];

    /// <summary>The isotopes of one element.</summary>
    internal static IEnumerable<Isotope> OfElement(string element) =>
        All.Where(i => string.Equals(i.Element, element, StringComparison.Ordinal));
}
