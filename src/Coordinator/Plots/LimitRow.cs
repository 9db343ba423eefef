namespace DipolePortal.Coordinator.Plots;

/// <summary>One row of limits_1dof.csv: the 1-dof limit of one experiment set and flavor at one m4.</summary>
internal sealed record LimitRow(
    string ExperimentSet, string Flavor, double M4MeV, double MuLimitMuB, double MuBestfitMuB, double Chi2Min, double Chi2AtZero);
