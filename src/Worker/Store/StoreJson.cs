using System.Text.Json;
using DipolePortal.Messages;

namespace DipolePortal.Worker.Store;

/// <summary>Serialization of messages into store columns (text, never jsonb: results must stay byte-identical).</summary>
internal static class StoreJson
{
    public static string Serialize(ShardTask task) => JsonSerializer.Serialize(task, MessagesJsonContext.Default.ShardTask);

    public static string Serialize(ShardResult result) => JsonSerializer.Serialize(result, MessagesJsonContext.Default.ShardResult);

    /// <summary>The result's JSON as UTF-8, the form SQLite keeps text in (no detour through a string).</summary>
    public static byte[] SerializeToUtf8(ShardResult result) => JsonSerializer.SerializeToUtf8Bytes(result, MessagesJsonContext.Default.ShardResult);

    public static ShardTask ReadTask(string json) =>
        JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardTask)
        ?? throw new InvalidDataException("stored shard task is null");

    public static ShardResult ReadResult(string json) =>
        JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardResult)
        ?? throw new InvalidDataException("stored shard result is null");

    /// <summary>A result from its UTF-8 text as SQLite holds it, without the detour through a string.</summary>
    public static ShardResult ReadResult(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, MessagesJsonContext.Default.ShardResult)
        ?? throw new InvalidDataException("stored shard result is null");

    public static ScanSpec ReadSpec(string json) =>
        JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ScanSpec)
        ?? throw new InvalidDataException("stored scan spec is null");

    public static void EnsureScanMatches(string scanId, IReadOnlyList<ShardTask> tasks)
    {
        foreach (ShardTask task in tasks)
        {
            if (task.Key.ScanId != scanId)
            {
                throw new ArgumentException($"shard {task.Key} belongs to scan '{task.Key.ScanId}', not '{scanId}'.", nameof(tasks));
            }
        }
    }
}
