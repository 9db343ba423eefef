using System.Globalization;
using System.Text.Json.Serialization;

namespace DipolePortal.Messages;

/// <summary>Identity of one shard: a scan, one experiment set, one flavor and a block of m4 points.</summary>
/// <remarks>Validated on construction, so a malformed key never reaches a store or a log line.</remarks>
public sealed record ShardKey
{
    /// <summary>Creates a validated key.</summary>
    /// <param name="scanId">The scan name.</param>
    /// <param name="experimentSet">Canonical experiment-set name, e.g. "xenonnt+pandax4t-run1".</param>
    /// <param name="flavor">e, mu, tau or universal.</param>
    /// <param name="blockIndex">Index of the m4 block, from 0.</param>
    /// <exception cref="ArgumentException">A part is malformed.</exception>
    [JsonConstructor]
    public ShardKey(string scanId, string experimentSet, string flavor, int blockIndex)
    {
        if (!ScanNames.IsValidScanId(scanId))
        {
            throw new ArgumentException($"scan id '{scanId}' is malformed: use 1..100 letters, digits, '-' and '_'.", nameof(scanId));
        }

        if (!ScanNames.IsValidExperimentSet(experimentSet))
        {
            throw new ArgumentException(
                $"experiment set '{experimentSet}' is malformed: use distinct experiment ids joined by '+'.", nameof(experimentSet));
        }

        if (!ScanNames.IsValidFlavor(flavor))
        {
            throw new ArgumentException($"flavor '{flavor}' is not one of e, mu, tau, universal.", nameof(flavor));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(blockIndex);
        ScanId = scanId;
        ExperimentSet = experimentSet;
        Flavor = flavor;
        BlockIndex = blockIndex;
    }

    /// <summary>The scan name.</summary>
    [JsonPropertyName("scan_id")]
    public string ScanId { get; }

    /// <summary>Canonical experiment-set name.</summary>
    [JsonPropertyName("experiment_set")]
    public string ExperimentSet { get; }

    /// <summary>e, mu, tau or universal.</summary>
    [JsonPropertyName("flavor")]
    public string Flavor { get; }

    /// <summary>Index of the m4 block, from 0.</summary>
    [JsonPropertyName("block_index")]
    public int BlockIndex { get; }

    /// <summary>"scan/experiment-set/flavor/block", the form used in logs.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ScanId}/{ExperimentSet}/{Flavor}/{BlockIndex}");
}
