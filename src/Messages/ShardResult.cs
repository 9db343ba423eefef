using System.Text.Json.Serialization;

namespace DipolePortal.Messages;

/// <summary>The computed profile of one shard. No timing or host fields: identical however and wherever computed.</summary>
public sealed record ShardResult
{
    /// <summary>Wire format version.</summary>
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; } = MessageSchema.Version;

    /// <summary>The shard.</summary>
    [JsonPropertyName("key")]
    public required ShardKey Key { get; init; }

    /// <summary>One entry per m4 value of the task, in task order.</summary>
    [JsonPropertyName("points")]
    public required IReadOnlyList<M4PointResult> Points { get; init; }
}

/// <summary>The χ² profile over the μ grid at one m4.</summary>
public sealed record M4PointResult
{
    /// <summary>Sterile-neutrino mass [MeV].</summary>
    [JsonPropertyName("m4_MeV")]
    public required double M4MeV { get; init; }

    /// <summary>χ² (profiled over nuisances) at each μ grid value, in grid order (written as base64 binary64: exact and compact).</summary>
    [JsonPropertyName("chi2")]
    [JsonConverter(typeof(Binary64ListConverter))]
    public required IReadOnlyList<double> Chi2 { get; init; }

    /// <summary>Best-fit μ [μ_B].</summary>
    [JsonPropertyName("mu_bestfit_muB")]
    public required double MuBestfitMuB { get; init; }

    /// <summary>Minimum χ².</summary>
    [JsonPropertyName("chi2_min")]
    public required double Chi2Min { get; init; }

    /// <summary>Upper limit on μ at the task's CL [μ_B]; may be +∞ when the grid does not reach it.</summary>
    [JsonPropertyName("mu_limit_muB")]
    public required double MuLimitMuB { get; init; }

    /// <summary>χ² at μ = 0 (Standard Model only).</summary>
    [JsonPropertyName("chi2_at_zero")]
    public required double Chi2AtZero { get; init; }

    /// <summary>Expected-sensitivity bands from pseudo-experiments; null (not written) when the task asked for none.</summary>
    [JsonPropertyName("expected")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExpectedLimitBands? Expected { get; init; }
}

/// <summary>Quantiles of the 1-dof limits of background-only pseudo-experiments at one m4 (docs/likelihood.md).</summary>
public sealed record ExpectedLimitBands
{
    /// <summary>Number of pseudo-experiments the quantiles are taken over.</summary>
    [JsonPropertyName("pseudo_experiments")]
    public required int PseudoExperiments { get; init; }

    /// <summary>Median expected limit [μ_B].</summary>
    [JsonPropertyName("median_muB")]
    public required double MedianMuB { get; init; }

    /// <summary>16% quantile of the expected limits (−1σ) [μ_B].</summary>
    [JsonPropertyName("minus1sigma_muB")]
    public required double Minus1SigmaMuB { get; init; }

    /// <summary>84% quantile of the expected limits (+1σ) [μ_B].</summary>
    [JsonPropertyName("plus1sigma_muB")]
    public required double Plus1SigmaMuB { get; init; }

    /// <summary>2.5% quantile of the expected limits (−2σ) [μ_B].</summary>
    [JsonPropertyName("minus2sigma_muB")]
    public required double Minus2SigmaMuB { get; init; }

    /// <summary>97.5% quantile of the expected limits (+2σ) [μ_B].</summary>
    [JsonPropertyName("plus2sigma_muB")]
    public required double Plus2SigmaMuB { get; init; }
}
