using DipolePortal.Worker;

namespace DipolePortal.Coordinator.Health;

/// <summary>
/// Liveness and readiness of a <see cref="WorkerLoop"/>, for the orchestrator's probes: alive while the loop runs and
/// its heartbeat is recent; ready while the last successful store call is recent.
/// </summary>
/// <param name="loop">The loop being watched.</param>
/// <param name="staleAfter">How old a heartbeat or store success may be before the probe fails.</param>
/// <param name="storeOpenedAt">When the store was opened at start-up: the first store success.</param>
/// <param name="clock">The clock.</param>
internal sealed class WorkerHealth(WorkerLoop loop, TimeSpan staleAfter, DateTimeOffset storeOpenedAt, TimeProvider clock)
{
    /// <summary>The staleness limit for a loop's options: three times the longest quiet spell of a healthy loop.</summary>
    /// <remarks>
    /// A healthy lane beats at least once per idle poll (≤ MaxIdlePollInterval) and, while computing, once per lease
    /// renewal (EffectiveRenewInterval); both also touch the store.
    /// </remarks>
    public static TimeSpan StaleAfter(WorkerLoopOptions options) =>
        3 * (options.MaxIdlePollInterval > options.EffectiveRenewInterval ? options.MaxIdlePollInterval : options.EffectiveRenewInterval);

    /// <summary>GET /healthz: the loop runs and has beaten recently.</summary>
    public HealthReport Liveness()
    {
        if (!loop.IsRunning)
        {
            return HealthReport.Unhealthy("worker loop is not running");
        }

        return Recent(loop.LastHeartbeat ?? storeOpenedAt, out TimeSpan age)
            ? HealthReport.Ok
            : HealthReport.Unhealthy($"no heartbeat for {age.TotalSeconds:F0} s (limit {staleAfter.TotalSeconds:F0} s)");
    }

    /// <summary>GET /readyz: a store call succeeded recently.</summary>
    public HealthReport Readiness()
    {
        DateTimeOffset last = loop.LastStoreSuccess ?? storeOpenedAt;
        return Recent(last, out TimeSpan age)
            ? HealthReport.Ok
            : HealthReport.Unhealthy($"no successful store call for {age.TotalSeconds:F0} s (limit {staleAfter.TotalSeconds:F0} s)");
    }

    private bool Recent(DateTimeOffset time, out TimeSpan age)
    {
        age = clock.GetUtcNow() - time;
        return age <= staleAfter;
    }
}

/// <summary>A probe's answer: healthy or not, and a short text for the response body.</summary>
internal readonly record struct HealthReport(bool Healthy, string Text)
{
    public static HealthReport Ok { get; } = new(true, "ok");

    public static HealthReport Unhealthy(string why) => new(false, why);
}
