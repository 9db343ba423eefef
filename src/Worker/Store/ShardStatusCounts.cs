using DipolePortal.Messages;

namespace DipolePortal.Worker.Store;

/// <summary>Builds a <see cref="ScanStatus"/> from per-state counts.</summary>
internal static class ShardStatusCounts
{
    public static ScanStatus ToStatus(ScanInfo scan, IReadOnlyDictionary<string, int> counts, IReadOnlyList<ShardFailure> failures)
    {
        int Count(string state) => counts.TryGetValue(state, out int n) ? n : 0;
        return new ScanStatus
        {
            ScanId = scan.ScanId,
            SpecHash = scan.SpecHash,
            Total = counts.Values.Sum(),
            Pending = Count(ShardStates.Pending),
            Leased = Count(ShardStates.Leased),
            Done = Count(ShardStates.Done),
            Failed = Count(ShardStates.Failed),
            Failures = failures,
        };
    }
}
