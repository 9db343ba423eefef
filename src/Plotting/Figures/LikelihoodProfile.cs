namespace DipolePortal.Plotting.Figures;

/// <summary>One likelihood profile Δχ²(μ) at fixed m4.</summary>
/// <param name="Label">Legend label (markup), e.g. "XENONnT".</param>
/// <param name="MuMuB">Moments μ [μ_B]; μ = 0 is skipped on a log μ axis.</param>
/// <param name="DeltaChi2">Δχ² = χ²(μ) − χ²_min at each μ.</param>
public sealed record LikelihoodProfile(string Label, IReadOnlyList<double> MuMuB, IReadOnlyList<double> DeltaChi2);
