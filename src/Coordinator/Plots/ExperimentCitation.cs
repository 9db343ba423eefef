namespace DipolePortal.Coordinator.Plots;

/// <summary>An experiment of a scan and the publication its data come from (summary.json "experiments").</summary>
internal sealed record ExperimentCitation(string Id, string Citation);
