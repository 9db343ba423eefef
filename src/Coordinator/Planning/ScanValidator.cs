using System.Globalization;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Messages;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;

namespace DipolePortal.Coordinator.Planning;

/// <summary>
/// What a scan spec must satisfy beyond its own shape (<see cref="ScanSpec.Validate"/>): known experiments whose data
/// are available, an m4 range every fit can reach, and grids of a size a farm can finish.
/// </summary>
internal static class ScanValidator
{
    /// <summary>Most points of one grid axis.</summary>
    public const int MaximumGridPoints = 5000;

    /// <summary>Most fits (experiment sets × flavors × m4 points) in one scan.</summary>
    public const long MaximumFits = 200_000;

    /// <summary>Throws <see cref="UserInputException"/> naming every problem; returns quietly when the scan can run.</summary>
    public static void Validate(ScanSpec spec, string source)
    {
        var errors = new List<string>();
        if (spec.M4MeV.Points > MaximumGridPoints)
        {
            errors.Add($"m4_MeV.points = {spec.M4MeV.Points} is too many (at most {MaximumGridPoints})");
        }

        if (spec.MuMuB.Points > MaximumGridPoints)
        {
            errors.Add($"mu_muB.points = {spec.MuMuB.Points} is too many (at most {MaximumGridPoints})");
        }

        long fits = (long)spec.Experiments.Count * spec.Flavors.Count * spec.M4MeV.Points;
        if (fits > MaximumFits)
        {
            errors.Add($"the scan asks for {fits} fits (experiment sets × flavors × m4 points); split it into scans of at most {MaximumFits}");
        }

        foreach (IReadOnlyList<string> set in spec.Experiments)
        {
            CheckSet(set, spec.M4MeV.Max, errors);
        }

        if (errors.Count > 0)
        {
            throw new UserInputException($"{source}: {string.Join("; ", errors.Distinct())}");
        }
    }

    /// <summary>Every experiment of a set must be known with its data at hand; the set must reach m4 (any member, as a joint fit does).</summary>
    private static void CheckSet(IReadOnlyList<string> set, double m4MaxMeV, List<string> errors)
    {
        var reaches = new List<double>();
        foreach (string id in set)
        {
            ExperimentDefinition? definition = ExperimentRegistry.All.FirstOrDefault(e => e.Id == id);
            if (definition is null)
            {
                errors.Add($"experiments: '{id}' is unknown (built in: {string.Join(", ", ExperimentRegistry.All.Select(e => e.Id))})");
                return;
            }

            try
            {
                reaches.Add(KinematicReach.MaximumM4MeV(definition));
            }
            catch (FileNotFoundException ex)
            {
                errors.Add(ex.Message);
                return;
            }
        }

        double reach = reaches.Max();
        if (m4MaxMeV >= reach)
        {
            errors.Add($"m4_MeV.max = {m4MaxMeV.ToString("G4", CultureInfo.InvariantCulture)} MeV is beyond the kinematic reach of {string.Join("+", set)} " +
                       $"(its largest reachable m4 is {reach.ToString("G4", CultureInfo.InvariantCulture)} MeV); lower m4_MeV.max");
        }
    }
}
