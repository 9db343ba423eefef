namespace DipolePortal.Coordinator.Plots;

/// <summary>One row of profiles.csv: χ²(μ) and Δχ²(μ) = χ²(μ) − χ²_min of one fit at one m4.</summary>
internal sealed record ProfileRow(string ExperimentSet, string Flavor, double M4MeV, double MuMuB, double Chi2, double DeltaChi2);
