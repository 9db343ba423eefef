namespace DipolePortal.Messages;

/// <summary>Version of the wire format of every message in this assembly.</summary>
/// <remarks>Bump it when a field changes meaning or is removed; adding an optional field keeps it.</remarks>
public static class MessageSchema
{
    /// <summary>The schema version written by this build.</summary>
    public const int Version = 1;

    /// <summary>Throws when <paramref name="schemaVersion"/> was written by a newer, unknown format.</summary>
    /// <param name="schemaVersion">The version read from a message.</param>
    /// <param name="messageName">The message type, for the error text.</param>
    public static void EnsureSupported(int schemaVersion, string messageName)
    {
        if (schemaVersion < 1 || schemaVersion > Version)
        {
            throw new NotSupportedException(
                $"{messageName} has schema_version {schemaVersion}, but this build reads 1..{Version}; upgrade DipolePortal.");
        }
    }
}
