using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DipolePortal.Coordinator.Output;

/// <summary>Writes the single JSON object that <c>--json</c> promises on stdout, and nothing else there.</summary>
internal static class JsonOutput
{
    private const string RoundTrip = "R";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter stdout, JsonObject value) => stdout.WriteLine(value.ToJsonString(Options));

    /// <summary>A JSON number for a double; non-finite values (which JSON cannot hold) become null.</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>A double in round-trip form for CSV and text outputs, culture-invariant.</summary>
    public static string Format(double value) => value.ToString(RoundTrip, CultureInfo.InvariantCulture);

    /// <summary><see cref="Format"/> into <paramref name="destination"/> without a string; false when it does not fit.</summary>
    public static bool TryFormat(double value, Span<char> destination, out int written) =>
        value.TryFormat(destination, out written, RoundTrip, CultureInfo.InvariantCulture);
}
