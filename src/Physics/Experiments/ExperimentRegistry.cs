namespace DipolePortal.Physics.Experiments;

/// <summary>Every built-in experiment, by id. Adding an experiment is one line here.</summary>
public static class ExperimentRegistry
{
    /// <summary>All experiments, in the order <c>dipole experiments</c> lists them.</summary>
    public static IReadOnlyList<ExperimentDefinition> All { get; } =
    [
        XenonNT2022.Definition,
        PandaX4TRun1.Definition,
        PandaX4TRun0.Definition,
        Xenon1T2020.Definition,
        Texono2010.Definition,
        CdexProjections.NextGeneration,
        CdexProjections.Future,
        Chromium51Projections.Silicon,
        Chromium51Projections.Germanium,
        Chromium51Projections.Sapphire,
        Chromium51Projections.CalciumTungstate,
        Chromium51Projections.XenonA,
        Chromium51Projections.XenonB,
        Chromium51Projections.XenonC,
        CoherentLAr2020.Definition,
        CoherentCsI2017.Definition,
        Cenns750Projection.Definition,
    ];

    /// <summary>The experiment with this id (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown id; the message lists the known ones.</exception>
    public static ExperimentDefinition Find(string id) =>
        All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"experiment '{id}' is unknown: use one of {string.Join(", ", All.Select(e => e.Id))}");
}
