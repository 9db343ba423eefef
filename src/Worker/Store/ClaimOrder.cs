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
    /// <summary>
    /// SQL for the id to claim: the first shard in plan order that meets <paramref name="claimable"/> (a condition on
    /// dipole_shards) and, with <paramref name="near"/>, the first such shard of its block before that.
    /// </summary>
    /// <param name="claimable">Which shards may be claimed.</param>
    /// <param name="locking">Appended to each query ("FOR UPDATE SKIP LOCKED" on PostgreSQL, empty on SQLite).</param>
    /// <param name="near">The caller's last shard, or null.</param>
    /// <param name="prefix">Parameter prefix in SQL: $ for SQLite, @ for PostgreSQL.</param>
    public static string FirstClaimable(string claimable, string locking, ShardKey? near, string prefix)
    {
        string First(string condition) => $"(SELECT id FROM dipole_shards WHERE {condition} ORDER BY id LIMIT 1 {locking})";
        return near is null
            ? First(claimable)
            : $"COALESCE({First($"scan_id = {prefix}nearScan AND flavor = {prefix}nearFlavor AND block_index = {prefix}nearBlock AND {claimable}")}, {First(claimable)})";
    }

    /// <summary>The parameters of <see cref="FirstClaimable"/>: none without <paramref name="near"/>.</summary>
    /// <remarks>Npgsql names parameters without the prefix; SQLite with it.</remarks>
    public static (string Name, object? Value)[] NearParameters(ShardKey? near, string prefix) => near is null
        ? []
        : [(prefix + "nearScan", near.ScanId), (prefix + "nearFlavor", near.Flavor), (prefix + "nearBlock", near.BlockIndex)];
}
