using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Plots;
using DipolePortal.Physics.Shining;

namespace DipolePortal.Coordinator.Output;

/// <summary>
/// The files of <c>dipole shining</c> as text: events on the (m4, μ) grid and the photon distributions, as CSV (units in
/// every column name) or JSON, numbers in round-trip form.
/// </summary>
internal static class ShiningTables
{
    public const string EventsCsvHeader = "m4_MeV,mu_muB,events_decay_in_detector,events_max";
    public const string EnergyCsvHeader = "energy_low_MeV,energy_high_MeV,density_dirac_per_MeV,density_majorana_per_MeV,events_dirac,events_majorana";
    public const string AngleCsvHeader = "cos_theta_low,cos_theta_high,density_dirac,density_majorana,events_dirac,events_majorana";

    public static string EventsCsv(ShiningEventGrid grid)
    {
        var csv = new StringBuilder(EventsCsvHeader).Append('\n');
        for (int i = 0; i < grid.M4sMeV.Length; i++)
        {
            for (int j = 0; j < grid.MusBohr.Length; j++)
            {
                csv.Append(CultureInfo.InvariantCulture,
                    $"{N(grid.M4sMeV[i])},{N(grid.MusBohr[j])},{N(grid.Events[i][j])},{N(grid.MaximumEvents[i][j])}\n");
            }
        }

        return csv.ToString();
    }

    public static string EventsJson(string setupName, NucleusSetup setup, ShiningEventGrid grid)
    {
        var (decay, maximum) = ShiningEventsPlot.Reach(grid);
        var rows = new JsonArray();
        var reach = new JsonArray();
        for (int i = 0; i < grid.M4sMeV.Length; i++)
        {
            for (int j = 0; j < grid.MusBohr.Length; j++)
            {
                rows.Add(new JsonObject
                {
                    ["m4_MeV"] = grid.M4sMeV[i],
                    ["mu_muB"] = grid.MusBohr[j],
                    ["events_decay_in_detector"] = JsonOutput.Number(grid.Events[i][j]),
                    ["events_max"] = JsonOutput.Number(grid.MaximumEvents[i][j]),
                });
            }

            reach.Add(new JsonObject
            {
                ["m4_MeV"] = grid.M4sMeV[i],
                ["mu_decay_in_detector_muB"] = JsonOutput.Number(decay[i]),
                ["mu_max_muB"] = JsonOutput.Number(maximum[i]),
            });
        }

        JsonObject document = Setup(setupName, setup);
        document["nature"] = grid.Nature.ToString().ToLowerInvariant();
        document["events"] = rows;
        document["reach_events"] = ShiningEventsPlot.ZeroBackgroundEvents;
        document["reach"] = reach;
        return Text(document);
    }

    /// <summary>One distribution, Dirac and Majorana side by side; <paramref name="header"/> names the columns.</summary>
    public static string PhotonsCsv(string header, IReadOnlyList<PhotonHistogram> byNature)
    {
        var csv = new StringBuilder(header).Append('\n');
        PhotonHistogram dirac = byNature[0];
        PhotonHistogram majorana = byNature[1];
        var (diracDensity, majoranaDensity) = (dirac.Density, majorana.Density);
        for (int b = 0; b < dirac.Counts.Length; b++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{N(dirac.BinEdges[b])},{N(dirac.BinEdges[b + 1])},{N(diracDensity[b])},")
               .Append(CultureInfo.InvariantCulture, $"{N(majoranaDensity[b])},{N(dirac.Counts[b])},{N(majorana.Counts[b])}\n");
        }

        return csv.ToString();
    }

    public static string PhotonsJson(string setupName, NucleusSetup setup, ShiningPhotonsPlot photons)
    {
        JsonObject document = Setup(setupName, setup);
        document["m4_MeV"] = photons.M4MeV;
        document["mu_muB"] = photons.MuBohr;
        for (int n = 0; n < ShiningPhotonsPlot.Natures.Length; n++)
        {
            document[ShiningPhotonsPlot.Natures[n].ToString().ToLowerInvariant()] = new JsonObject
            {
                ["events_decay_in_detector"] = JsonOutput.Number(photons.Energy[n].Total),
                ["energy_edges_MeV"] = Array(photons.Energy[n].BinEdges),
                ["energy_density_per_MeV"] = Array(photons.Energy[n].Density),
                ["cos_theta_edges"] = Array(photons.Angle[n].BinEdges),
                ["cos_theta_density"] = Array(photons.Angle[n].Density),
            };
        }

        return Text(document);
    }

    private static JsonObject Setup(string setupName, NucleusSetup setup) => new()
    {
        ["setup"] = setupName,
        ["target"] = setup.Target.Name,
        ["target_mass_kg"] = setup.TargetMassKg,
        ["exposure_days"] = setup.ExposureDays,
        ["recoil_threshold_eV"] = setup.RecoilThresholdEV,
        ["decay_region_start_cm"] = setup.DecayRegion.StartCm,
        ["decay_region_end_cm"] = setup.DecayRegion.EndCm,
        ["photon_efficiency"] = setup.PhotonEfficiency,
    };

    private static JsonArray Array(IEnumerable<double> values) => new([.. values.Select(JsonOutput.Number)]);

    private static string Text(JsonObject document)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        JsonOutput.Write(text, document);
        return text.ToString();
    }

    private static string N(double value) => JsonOutput.Format(value);
}
