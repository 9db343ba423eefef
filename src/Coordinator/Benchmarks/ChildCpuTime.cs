using System.Runtime.InteropServices;

namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>
/// CPU time (user + system) of this process's finished child processes, from getrusage(RUSAGE_CHILDREN): on a shared
/// machine, where wall times depend on the load, this says what the work itself costs.
/// </summary>
internal static class ChildCpuTime
{
    private const int RusageChildren = -1;

    /// <summary>Total CPU time of all children waited for so far; zero where getrusage is unavailable.</summary>
    public static TimeSpan Total()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(RusageChildren, out ResourceUsage usage) != 0)
        {
            return TimeSpan.Zero;
        }

        long microseconds = (usage.UserSeconds * 1_000_000) + usage.UserMicroseconds + (usage.SystemSeconds * 1_000_000) + usage.SystemMicroseconds;
        return TimeSpan.FromMicroseconds(microseconds);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>struct rusage of Linux x86-64/arm64: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKiB;
        public long Rest1, Rest2, Rest3, Rest4, Rest5, Rest6, Rest7, Rest8, Rest9, Rest10, Rest11, Rest12, Rest13;
    }
}
