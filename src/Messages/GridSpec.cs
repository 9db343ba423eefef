using System.Text.Json.Serialization;

namespace DipolePortal.Messages;

/// <summary>A one-dimensional grid: <c>points</c> values from <c>min</c> to <c>max</c>, linear or logarithmic.</summary>
/// <remarks>Units are carried by the field that holds the grid (m4_MeV in MeV, mu_muB in μ_B).</remarks>
public sealed record GridSpec
{
    /// <summary>Linear spacing.</summary>
    public const string Linear = "lin";

    /// <summary>Logarithmic spacing.</summary>
    public const string Logarithmic = "log";

    /// <summary>First grid value.</summary>
    [JsonPropertyName("min")]
    public required double Min { get; init; }

    /// <summary>Last grid value.</summary>
    [JsonPropertyName("max")]
    public required double Max { get; init; }

    /// <summary>Number of grid values (≥ 1).</summary>
    [JsonPropertyName("points")]
    public required int Points { get; init; }

    /// <summary>"lin" or "log".</summary>
    [JsonPropertyName("spacing")]
    public required string Spacing { get; init; }

    /// <summary>Null when the grid is valid, otherwise what is wrong, the value and what is allowed.</summary>
    /// <param name="field">The field name used in the message, e.g. "m4_MeV".</param>
    public string? Validate(string field)
    {
        if (Spacing is not (Linear or Logarithmic))
        {
            return $"{field}.spacing = '{Spacing}' is not allowed; use 'lin' or 'log'.";
        }

        if (Points < 1)
        {
            return $"{field}.points = {Points} must be at least 1.";
        }

        if (!double.IsFinite(Min) || !double.IsFinite(Max))
        {
            return $"{field}: min = {Min:R} and max = {Max:R} must be finite numbers.";
        }

        if (Min <= 0 || Max <= 0)
        {
            return $"{field}: min = {Min:R} and max = {Max:R} must be positive.";
        }

        if (Min > Max)
        {
            return $"{field}: min = {Min:R} is greater than max = {Max:R}; swap them.";
        }

        if (Points > 1 && Min == Max)
        {
            return $"{field}: min = max = {Min:R} with points = {Points}; use points = 1 or widen the range.";
        }

        return null;
    }

    /// <summary>The grid values, deterministic and with exact endpoints.</summary>
    /// <remarks>
    /// Linear: min + (max − min)·i/(n − 1). Logarithmic: min·(max/min)^(i/(n − 1)).
    /// Value 0 is <see cref="Min"/> and value n − 1 is <see cref="Max"/>, bit for bit.
    /// </remarks>
    /// <exception cref="ArgumentException">The grid is invalid (see <see cref="Validate"/>).</exception>
    public double[] Values()
    {
        string? error = Validate("grid");
        if (error is not null)
        {
            throw new ArgumentException(error);
        }

        var values = new double[Points];
        values[0] = Min;
        if (Points == 1)
        {
            return values;
        }

        int last = Points - 1;
        for (int i = 1; i < last; i++)
        {
            double fraction = (double)i / last;
            values[i] = Spacing == Linear ? Min + ((Max - Min) * fraction) : Min * Math.Pow(Max / Min, fraction);
        }

        values[last] = Max;
        return values;
    }
}
