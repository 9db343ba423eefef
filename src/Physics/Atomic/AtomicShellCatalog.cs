using System.Globalization;
using DipolePortal.Physics.Data;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Atomic;

/// <summary>
/// Subshell tables bundled under data/atomic_&lt;element&gt;/subshells.csv (see each folder's README for its source):
/// xenon from the RRPA values of Chen et al. (arXiv:1610.04177); germanium, caesium, iodine and argon from the X-Ray Data
/// Booklet Table 1-1 (Bearden &amp; Burr, doi:10.1103/RevModPhys.39.125, and later compilations).
/// </summary>
public static class AtomicShellCatalog
{
    private static readonly Lazy<AtomicShells> XenonTable = new(() => Load("xenon", 54));
    private static readonly Lazy<AtomicShells> GermaniumTable = new(() => Load("germanium", 32));
    private static readonly Lazy<AtomicShells> CaesiumTable = new(() => Load("caesium", 55));
    private static readonly Lazy<AtomicShells> IodineTable = new(() => Load("iodine", 53));
    private static readonly Lazy<AtomicShells> ArgonTable = new(() => Load("argon", 18));

    /// <summary>Xenon, Z = 54 (RRPA, Chen et al. 2017).</summary>
    public static AtomicShells Xenon => XenonTable.Value;

    /// <summary>Germanium, Z = 32 (X-Ray Data Booklet).</summary>
    public static AtomicShells Germanium => GermaniumTable.Value;

    /// <summary>Caesium, Z = 55 (X-Ray Data Booklet).</summary>
    public static AtomicShells Caesium => CaesiumTable.Value;

    /// <summary>Iodine, Z = 53 (X-Ray Data Booklet).</summary>
    public static AtomicShells Iodine => IodineTable.Value;

    /// <summary>Argon, Z = 18 (X-Ray Data Booklet, gas phase).</summary>
    public static AtomicShells Argon => ArgonTable.Value;

    /// <summary>Element names accepted by <see cref="Find"/> (symbols are accepted too).</summary>
    public static IReadOnlyList<string> Names { get; } = ["xenon", "germanium", "caesium", "iodine", "argon"];

    /// <summary>Finds an element's table by name or symbol, case-insensitively ("Xe", "xenon", "cesium", ...).</summary>
    /// <param name="element">Element name or symbol.</param>
    /// <exception cref="ArgumentException">Unknown element; the message lists the allowed ones.</exception>
    public static AtomicShells Find(string element) => (element?.Trim().ToUpperInvariant()) switch
    {
        "XE" or "XENON" => Xenon,
        "GE" or "GERMANIUM" => Germanium,
        "CS" or "CAESIUM" or "CESIUM" => Caesium,
        "I" or "IODINE" => Iodine,
        "AR" or "ARGON" => Argon,
        _ => throw new ArgumentException(
            $"no atomic subshell table for '{element}'; allowed: {string.Join(", ", Names)} (or Xe, Ge, Cs, I, Ar)",
            nameof(element)),
    };

    /// <summary>Parses a subshell table: '#' comments, then rows "xray_level,orbital,binding_energy_eV,electrons".</summary>
    /// <param name="element">Element name (for messages and the record).</param>
    /// <param name="z">Expected atomic number; the occupations must add up to it.</param>
    /// <param name="text">The file's text.</param>
    /// <exception cref="FormatException">A malformed row, or occupations that do not add up to Z.</exception>
    public static AtomicShells Parse(string element, int z, string text)
    {
        var shells = new List<AtomicShell>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split(',');
            if (fields.Length != 4
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double bindingEV)
                || !int.TryParse(fields[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out int electrons)
                || bindingEV <= 0 || electrons <= 0)
            {
                throw new FormatException($"{element} subshell table: bad row '{line}' (expected level,orbital,eV,electrons)");
            }

            shells.Add(new AtomicShell($"{fields[0].Trim()} {fields[1].Trim()}", bindingEV * PhysicalConstants.MeVPerEV, electrons));
        }

        int total = shells.Sum(s => s.Electrons);
        return total == z
            ? new AtomicShells(element, z, shells)
            : throw new FormatException($"{element} subshell table: occupations add up to {total}, expected Z = {z}");
    }

    private static AtomicShells Load(string element, int z) =>
        Parse(element, z, DataCatalog.ReadAllText($"atomic_{element}/subshells.csv"));
}
