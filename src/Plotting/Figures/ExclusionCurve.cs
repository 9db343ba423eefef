namespace DipolePortal.Plotting.Figures;

/// <summary>One exclusion curve μ(m4).</summary>
/// <param name="Label">Legend label (markup), e.g. "XENONnT, ν_e (1 dof)".</param>
/// <param name="Group">Curves of the same group (experiment set and flavor) share a color.</param>
/// <param name="M4MeV">Sterile masses m4 [MeV].</param>
/// <param name="MuMuB">Moments μ on the curve [μ_B]; NaN where no limit exists breaks the curve.</param>
/// <param name="Kind">Limit, contour or overlay.</param>
public sealed record ExclusionCurve(
    string Label,
    string Group,
    IReadOnlyList<double> M4MeV,
    IReadOnlyList<double> MuMuB,
    ExclusionCurveKind Kind);
