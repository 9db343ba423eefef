using DipolePortal.Coordinator.Commands;

namespace DipolePortal.Coordinator.Tests.Commands;

/// <summary>Start-up work handed to the thread pool: it runs, and a failure is dropped without surfacing anywhere.</summary>
public sealed class EarlyWorkTests
{
    [Fact]
    public void Start_RunsTheWorkOnAnotherThread_AndDropsAFailureWithoutAnUnobservedException()
    {
        int unobserved = 0;
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => Interlocked.Increment(ref unobserved);
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            using var failed = new ManualResetEventSlim();
            EarlyWork.Start(() =>
            {
                failed.Set();
                throw new IOException("user data file missing");
            });
            using var ran = new ManualResetEventSlim();
            int caller = Environment.CurrentManagedThreadId;
            int worker = caller;
            EarlyWork.Start(() =>
            {
                worker = Environment.CurrentManagedThreadId;
                ran.Set();
            });

            Assert.True(failed.Wait(TimeSpan.FromSeconds(10)) && ran.Wait(TimeSpan.FromSeconds(10)), "the work did not run");
            Assert.NotEqual(caller, worker);
            Thread.Sleep(200); // the failed task's continuation observes its exception
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Assert.Equal(0, Volatile.Read(ref unobserved));
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }
    }
}
