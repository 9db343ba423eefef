using System.Text.Json.Serialization;

namespace DipolePortal.Messages;

/// <summary>Everything a worker needs to compute one shard, independent of the spec it came from.</summary>
public sealed record ShardTask
{
    /// <summary>Wire format version.</summary>
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; } = MessageSchema.Version;

    /// <summary>The shard.</summary>
    [JsonPropertyName("key")]
    public required ShardKey Key { get; init; }

    /// <summary>Experiment ids of the set, in canonical order (the parts of <see cref="ShardKey.ExperimentSet"/>).</summary>
    [JsonPropertyName("experiments")]
    public required IReadOnlyList<string> Experiments { get; init; }

    /// <summary>The m4 values of this block [MeV].</summary>
    [JsonPropertyName("m4_MeV")]
    public required IReadOnlyList<double> M4MeV { get; init; }

    /// <summary>The whole μ grid [μ_B].</summary>
    [JsonPropertyName("mu_muB")]
    public required IReadOnlyList<double> MuMuB { get; init; }

    /// <summary>Confidence level of the limits.</summary>
    [JsonPropertyName("cl")]
    public required double Cl { get; init; }

    /// <summary>Electron binding treatment: "free" or "step".</summary>
    [JsonPropertyName("binding")]
    public required string Binding { get; init; }

    /// <summary>Pseudo-experiments per m4 for the expected-sensitivity bands; 0 (not written) is off.</summary>
    [JsonPropertyName("pseudo_experiments")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int PseudoExperiments { get; init; }
}
