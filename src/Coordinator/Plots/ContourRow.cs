namespace DipolePortal.Coordinator.Plots;

/// <summary>One row of contour_2dof.csv: a μ where the 2-dof region begins ("lower") or ends ("upper") at one m4.</summary>
internal sealed record ContourRow(string ExperimentSet, string Flavor, double M4MeV, double MuMuB, string Edge)
{
    /// <summary>True on the upper edge of the allowed region: the exclusion line.</summary>
    public bool IsUpper => Edge == "upper";
}
