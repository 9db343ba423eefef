using System.Text.Json.Serialization;

namespace DipolePortal.Messages;

/// <summary>Progress of a scan: shard counts by state and the failures with their errors.</summary>
public sealed record ScanStatus
{
    /// <summary>Wire format version.</summary>
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; } = MessageSchema.Version;

    /// <summary>The scan name.</summary>
    [JsonPropertyName("scan_id")]
    public required string ScanId { get; init; }

    /// <summary>SHA-256 of the canonical spec.</summary>
    [JsonPropertyName("spec_hash")]
    public required string SpecHash { get; init; }

    /// <summary>All shards planned.</summary>
    [JsonPropertyName("total")]
    public required int Total { get; init; }

    /// <summary>Shards waiting for a worker.</summary>
    [JsonPropertyName("pending")]
    public required int Pending { get; init; }

    /// <summary>Shards held by a worker (including leases that have expired and await reclaiming).</summary>
    [JsonPropertyName("leased")]
    public required int Leased { get; init; }

    /// <summary>Shards with a stored result.</summary>
    [JsonPropertyName("done")]
    public required int Done { get; init; }

    /// <summary>Shards that failed on every allowed attempt.</summary>
    [JsonPropertyName("failed")]
    public required int Failed { get; init; }

    /// <summary>The failed shards and their last errors.</summary>
    [JsonPropertyName("failures")]
    public required IReadOnlyList<ShardFailure> Failures { get; init; }

    /// <summary>True when no shard is pending or leased.</summary>
    [JsonIgnore]
    public bool IsSettled => Pending == 0 && Leased == 0;
}

/// <summary>A shard that failed for good.</summary>
public sealed record ShardFailure
{
    /// <summary>The shard.</summary>
    [JsonPropertyName("key")]
    public required ShardKey Key { get; init; }

    /// <summary>Attempts made.</summary>
    [JsonPropertyName("attempts")]
    public required int Attempts { get; init; }

    /// <summary>The last error.</summary>
    [JsonPropertyName("error")]
    public required string Error { get; init; }
}
