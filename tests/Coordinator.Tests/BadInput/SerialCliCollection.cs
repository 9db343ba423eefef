namespace DipolePortal.Coordinator.Tests.BadInput;

/// <summary>
/// Tests that set environment variables (DIPOLE_LOG_DIR, DIPOLE_USER_DATA, PGPASSWORD) or capture the process's
/// Console run in this collection: one at a time, after every parallel collection has finished.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCliCollection
{
    public const string Name = "dipole CLI in process (environment and console)";
}
