using DipolePortal.Physics.Data;
using DipolePortal.Physics.Oscillation;

namespace DipolePortal.Physics.Sources;

/// <summary>
/// The B16-GS98 standard solar model tables bundled in data/solar_b16/ (Vinyoles et al., ApJ 835, 202 (2017),
/// arXiv:1611.09867): total fluxes with 1σ fractional uncertainties, and the radial production profiles.
/// </summary>
internal static class SolarModelB16
{
    /// <summary>Row/column order of the B16 tables: pp, pep, hep, ⁷Be, ⁸B, ¹³N, ¹⁵O, ¹⁷F.</summary>
    public enum Reaction
    {
        Pp = 0,
        Pep = 1,
        Hep = 2,
        Beryllium7 = 3,
        Boron8 = 4,
        Nitrogen13 = 5,
        Oxygen15 = 6,
        Fluorine17 = 7,
    }

    private static readonly Lazy<IReadOnlyList<double[]>> Fluxes = new(() => TableReader.ReadBundled("solar_b16/fluxes_gs98.csv"));

    private static readonly Lazy<IReadOnlyList<double[]>> Profile =
        new(() => TableReader.ReadBundled("solar_b16/production_profile_gs98.csv"));

    /// <summary>Total flux at 1 AU Φ [cm⁻² s⁻¹] (both ⁷Be lines together for <see cref="Reaction.Beryllium7"/>).</summary>
    public static double TotalFluxPerCm2PerS(Reaction reaction) => Row(reaction)[1];

    /// <summary>1σ fractional uncertainty of the total flux [dimensionless].</summary>
    public static double RelativeUncertainty(Reaction reaction) => Row(reaction)[2];

    /// <summary>Production region of a reaction: zone n_e [cm⁻³] (column 2) and dΦ/dr (columns 3–10).</summary>
    public static SolarProductionRegion ProductionRegion(Reaction reaction) =>
        new(TableReader.Column(Profile.Value, 1), TableReader.Column(Profile.Value, 2 + (int)reaction));

    private static double[] Row(Reaction reaction)
    {
        double[] row = Fluxes.Value[(int)reaction];
        if ((int)row[0] != (int)reaction)
        {
            throw new FormatException($"solar_b16/fluxes_gs98.csv: row {(int)reaction} is labelled {row[0]}");
        }

        return row;
    }
}
