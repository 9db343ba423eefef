namespace DipolePortal.Physics.Sources;

/// <summary>One number for each of the four fissioning isotopes that make a reactor's antineutrinos.</summary>
/// <param name="Uranium235">Value for ²³⁵U.</param>
/// <param name="Uranium238">Value for ²³⁸U.</param>
/// <param name="Plutonium239">Value for ²³⁹Pu.</param>
/// <param name="Plutonium241">Value for ²⁴¹Pu.</param>
public sealed record FissionIsotopeValues(double Uranium235, double Uranium238, double Plutonium239, double Plutonium241)
{
    /// <summary>The values in the order ²³⁵U, ²³⁸U, ²³⁹Pu, ²⁴¹Pu (the column order of the bundled tables).</summary>
    public IReadOnlyList<double> InTableOrder => [Uranium235, Uranium238, Plutonium239, Plutonium241];

    /// <summary>Σ_i values_i × other_i.</summary>
    public double Dot(FissionIsotopeValues other) =>
        Uranium235 * other.Uranium235 + Uranium238 * other.Uranium238
        + Plutonium239 * other.Plutonium239 + Plutonium241 * other.Plutonium241;
}
