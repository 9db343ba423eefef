using DipolePortal.Messages;

namespace DipolePortal.Worker.Store;

/// <summary>
/// Which claimable shard a lease takes (<see cref="IShardStore.TryLeaseAsync"/>): first one of the same scan, flavor and
/// m4 block as the caller's last shard, then the first in plan order. Plans list the single-experiment sets before
/// their joint fit, so a worker that fitted xenonnt at a block then takes pandax4t-run1 and the joint fit of that block,
/// whose spectra its process has just computed (issue 8: the same shards, without computing spectra twice).
/// </summary>
internal static class ClaimOrder
{
    /// <summary>The parameters of the "near" subquery; for a null key, values that match no shard.</summary>
    public static (string Name, object? Value)[] NearParameters(string prefix, ShardKey? near) =>
    [
        (prefix + "nearScan", near?.ScanId ?? string.Empty),
        (prefix + "nearFlavor", near?.Flavor ?? string.Empty),
        (prefix + "nearBlock", near?.BlockIndex ?? -1),
    ];
}
