using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DipolePortal.Messages;

/// <summary>A scan: experiment sets × flavors × m4 grid × μ grid, the confidence level and how to shard it.</summary>
/// <remarks>
/// The canonical serialization (<see cref="ToCanonicalJson"/>) is the source-generated JSON of this record, compact,
/// fields in declaration order, doubles in shortest round-trip form; <see cref="ComputeHash"/> is its SHA-256.
/// </remarks>
public sealed record ScanSpec
{
    /// <summary>
    /// Default number of m4 points per shard: a shard of a few tens of milliseconds of fits, so that leasing it, storing its
    /// result and reading it back (≈ 3 ms on SQLite) stay a small share of the scan (docs/performance.md).
    /// </summary>
    public const int DefaultShardM4Points = 10;

    /// <summary>Most pseudo-experiments per m4 point a spec may ask for.</summary>
    public const int MaximumPseudoExperiments = 2000;

    /// <summary>Wire format version.</summary>
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; } = MessageSchema.Version;

    /// <summary>Scan name: letters, digits, '-' and '_'. It is the scan id in the store.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Experiment sets; each inner list is one fit, a joint fit when it holds more than one id.</summary>
    [JsonPropertyName("experiments")]
    public required IReadOnlyList<IReadOnlyList<string>> Experiments { get; init; }

    /// <summary>Flavors: e, mu, tau, universal, nu1, nu2, nu3.</summary>
    [JsonPropertyName("flavors")]
    public required IReadOnlyList<string> Flavors { get; init; }

    /// <summary>Sterile-neutrino mass grid [MeV].</summary>
    [JsonPropertyName("m4_MeV")]
    public required GridSpec M4MeV { get; init; }

    /// <summary>Transition magnetic moment grid [μ_B].</summary>
    [JsonPropertyName("mu_muB")]
    public required GridSpec MuMuB { get; init; }

    /// <summary>Confidence level of the limits, in (0, 1).</summary>
    [JsonPropertyName("cl")]
    public required double Cl { get; init; }

    /// <summary>m4 points per shard.</summary>
    [JsonPropertyName("shard_m4_points")]
    public int ShardM4Points { get; init; } = DefaultShardM4Points;

    /// <summary>Electron binding treatment: "free" or "step".</summary>
    [JsonPropertyName("binding")]
    public string Binding { get; init; } = "free";

    /// <summary>
    /// Pseudo-experiments per m4 point for the expected-sensitivity bands (docs/likelihood.md); 0 (the default) is off
    /// and is left out of the canonical JSON, so the hash of a spec without bands is what it always was.
    /// </summary>
    [JsonPropertyName("pseudo_experiments")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int PseudoExperiments { get; init; }

    /// <summary>Every problem with this spec, one line each (key, bad value, what is allowed); empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (SchemaVersion is < 1 or > MessageSchema.Version)
        {
            errors.Add($"schema_version = {SchemaVersion} is not supported; this build reads 1..{MessageSchema.Version}.");
        }

        if (!ScanNames.IsValidScanId(Name))
        {
            errors.Add($"name = '{Name}' is not allowed; use 1..100 letters, digits, '-' and '_'.");
        }

        if (Experiments is null || Experiments.Count == 0)
        {
            errors.Add("experiments is empty; list at least one experiment id or joint set.");
        }
        else
        {
            foreach (IReadOnlyList<string> set in Experiments)
            {
                try
                {
                    ScanNames.CanonicalExperimentSet(set);
                }
                catch (ArgumentException e)
                {
                    errors.Add($"experiments: {e.Message.Split(" (Parameter", 2)[0]}");
                }
            }

            var names = Experiments.Where(s => s is { Count: > 0 }).Select(s => string.Join('+', s)).ToList();
            if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
            {
                errors.Add("experiments lists the same set twice; list each set once.");
            }
        }

        if (Flavors is null || Flavors.Count == 0)
        {
            errors.Add("flavors is empty; use some of e, mu, tau, universal.");
        }
        else
        {
            errors.AddRange(Flavors.Where(f => !ScanNames.IsValidFlavor(f))
                .Select(f => $"flavors: '{f}' is not a flavor; use e, mu, tau or universal."));
            if (Flavors.Distinct(StringComparer.Ordinal).Count() != Flavors.Count)
            {
                errors.Add("flavors lists a flavor twice; list each once.");
            }
        }

        AddIfNotNull(errors, M4MeV?.Validate("m4_MeV") ?? (M4MeV is null ? "m4_MeV is missing." : null));
        AddIfNotNull(errors, MuMuB?.Validate("mu_muB") ?? (MuMuB is null ? "mu_muB is missing." : null));
        if (!(Cl > 0 && Cl < 1))
        {
            errors.Add($"cl = {Cl:R} must lie strictly between 0 and 1, e.g. 0.9.");
        }

        if (ShardM4Points < 1)
        {
            errors.Add($"shard_m4_points = {ShardM4Points} must be at least 1.");
        }

        if (PseudoExperiments is < 0 or > MaximumPseudoExperiments)
        {
            errors.Add($"pseudo_experiments = {PseudoExperiments} is not allowed; use 0 (off) to {MaximumPseudoExperiments}.");
        }

        if (!ScanNames.IsValidBinding(Binding))
        {
            errors.Add($"binding = '{Binding}' is not allowed; use 'free' or 'step'.");
        }

        return errors;
    }

    /// <summary>The canonical names of <see cref="Experiments"/>, in spec order.</summary>
    public IReadOnlyList<string> ExperimentSetNames() => Experiments.Select(ScanNames.CanonicalExperimentSet).ToList();

    /// <summary>The canonical JSON of this spec (compact, declaration order, round-trip doubles).</summary>
    public string ToCanonicalJson() => JsonSerializer.Serialize(this, MessagesJsonContext.Default.ScanSpec);

    /// <summary>SHA-256 of the UTF-8 canonical JSON, as 64 lower-case hex digits.</summary>
    public string ComputeHash() =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this, MessagesJsonContext.Default.ScanSpec)));

    private static void AddIfNotNull(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
