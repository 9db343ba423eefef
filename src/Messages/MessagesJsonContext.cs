using System.Text.Json.Serialization;

namespace DipolePortal.Messages;

/// <summary>Source-generated System.Text.Json metadata for every message.</summary>
/// <remarks>
/// Compact output, properties in declaration order, doubles in shortest round-trip form; ±∞ and NaN are written as
/// the strings "Infinity", "-Infinity" and "NaN" so that a limit beyond the grid survives a round trip.
/// </remarks>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ScanSpec))]
[JsonSerializable(typeof(ShardKey))]
[JsonSerializable(typeof(ShardTask))]
[JsonSerializable(typeof(ShardResult))]
[JsonSerializable(typeof(ScanStatus))]
public sealed partial class MessagesJsonContext : JsonSerializerContext
{
}
