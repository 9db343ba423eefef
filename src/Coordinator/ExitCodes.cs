namespace DipolePortal.Coordinator;

/// <summary>The process exit codes of the command line (a contract: scripts rely on them).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Anything unexpected: a bug, an I/O failure, shards that failed, an interrupted scan.</summary>
    public const int Failure = 1;

    /// <summary>Bad input — including a store that cannot be reached at start-up: one clear line on stderr, nothing computed or written.</summary>
    public const int BadInput = 2;
}
