using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Output;
using DipolePortal.Physics.Experiments;

namespace DipolePortal.Coordinator.Commands;

/// <summary><c>dipole experiments</c>: what is built in, with citations and where each one's data come from.</summary>
internal static class ExperimentsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var json = new Option<bool>("--json") { Description = "print one JSON object on stdout" };
        var command = new Command("experiments", "List the built-in experiments with their publication, exposure and data source " +
            "(bundled data, projection, or a data file the user must supply).") { json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                var list = new JsonArray();
                foreach (ExperimentDefinition e in ExperimentRegistry.All)
                {
                    list.Add(new JsonObject
                    {
                        ["id"] = e.Id,
                        ["title"] = e.Title,
                        ["citation"] = e.Citation,
                        ["data"] = Availability(e.Availability),
                        ["data_folder"] = e.DataFolder,
                        ["exposure_tonne_year"] = e.ExposureTonneYear,
                        ["background"] = e.BackgroundNote,
                    });
                }

                JsonOutput.Write(stdout, new JsonObject { ["experiments"] = list });
                return ExitCodes.Success;
            }

            var table = new TextTable("id", "data", "exposure [t yr]", "title");
            foreach (ExperimentDefinition e in ExperimentRegistry.All)
            {
                table.Add(e.Id, Availability(e.Availability), e.ExposureTonneYear.ToString("G4", CultureInfo.InvariantCulture), e.Title);
            }

            table.Write(stdout);
            stdout.WriteLine();
            foreach (ExperimentDefinition e in ExperimentRegistry.All)
            {
                stdout.WriteLine($"{e.Id}: {e.Citation}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Availability(DataAvailability availability) => availability switch
    {
        DataAvailability.Bundled => "bundled",
        DataAvailability.Projection => "projection",
        _ => "user-file",
    };
}
