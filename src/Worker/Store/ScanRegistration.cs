using DipolePortal.Messages;

namespace DipolePortal.Worker.Store;

/// <summary>A scan as stored.</summary>
public sealed record ScanInfo
{
    /// <summary>The scan name.</summary>
    public required string ScanId { get; init; }

    /// <summary>SHA-256 of the canonical spec.</summary>
    public required string SpecHash { get; init; }

    /// <summary>The spec.</summary>
    public required ScanSpec Spec { get; init; }

    /// <summary>Incremented each time the scan is replaced with --new.</summary>
    public required long Generation { get; init; }

    /// <summary>When this generation was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What <see cref="IShardStore.CreateOrGetScanAsync"/> did.</summary>
public enum ScanRegistrationOutcome
{
    /// <summary>The scan did not exist and was created.</summary>
    Created,

    /// <summary>The scan exists with the same spec hash; it resumes.</summary>
    Resumed,

    /// <summary>--new replaced an existing scan: its shards and results were deleted.</summary>
    Replaced,
}

/// <summary>The scan and how it came to be.</summary>
public sealed record ScanRegistration
{
    /// <summary>The stored scan.</summary>
    public required ScanInfo Scan { get; init; }

    /// <summary>Created, resumed or replaced.</summary>
    public required ScanRegistrationOutcome Outcome { get; init; }
}

/// <summary>A scan of that name exists with a different spec.</summary>
public sealed class ScanSpecMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ScanSpecMismatchException(string scanId, string storedHash, string requestedHash)
        : base($"scan '{scanId}' exists in the store with a different spec (stored hash {storedHash[..12]}…, this spec "
            + $"{requestedHash[..Math.Min(12, requestedHash.Length)]}…); rename the scan or rerun with --new to replace it.")
    {
        ScanId = scanId;
        StoredHash = storedHash;
        RequestedHash = requestedHash;
    }

    /// <summary>The scan name.</summary>
    public string ScanId { get; }

    /// <summary>The hash in the store.</summary>
    public string StoredHash { get; }

    /// <summary>The hash of the spec that was refused.</summary>
    public string RequestedHash { get; }
}
