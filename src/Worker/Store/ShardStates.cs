namespace DipolePortal.Worker.Store;

/// <summary>The values of the <c>state</c> column of <c>dipole_shards</c>.</summary>
internal static class ShardStates
{
    public const string Pending = "pending";
    public const string Leased = "leased";
    public const string Done = "done";
    public const string Failed = "failed";

    /// <summary>The error stored for a shard whose worker vanished on its last attempt.</summary>
    public static string ExpiredError(int attempts) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"lease expired on attempt {attempts} without a result (worker lost or too slow); attempts exhausted");

    /// <summary>Keeps an error message within the column's size.</summary>
    public static string Truncate(string error) => error.Length <= 4000 ? error : error[..4000];
}
