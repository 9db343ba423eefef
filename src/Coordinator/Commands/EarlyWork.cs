namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// Start-up work a command hands to the thread pool so that it overlaps the command's own first steps on the other core
/// (issue 8: a scan is a process that users run many times).
/// </summary>
internal static class EarlyWork
{
    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool. A failure is dropped: the step that needs the work does it again
    /// and reports what is wrong in its own words.
    /// </summary>
    public static void Start(Action work) =>
        _ = Task.Run(work).ContinueWith(
            t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
