namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>What the figures were measured on.</summary>
internal static class MachineInfo
{
    /// <summary>The first "model name" of /proc/cpuinfo, or "unknown".</summary>
    public static string CpuModel()
    {
        try
        {
            string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
