using System.Globalization;

namespace DipolePortal.Coordinator.Cli;

/// <summary>Boundary checks for command-line numbers: one message naming the option, the value and what is allowed.</summary>
internal static class Validate
{
    public static double Positive(string option, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new UserInputException($"{option} = {Show(value)} is not allowed: it must be a finite number > 0");
        }

        return value;
    }

    public static double NonNegative(string option, double value)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new UserInputException($"{option} = {Show(value)} is not allowed: it must be a finite number ≥ 0");
        }

        return value;
    }

    public static double Probability(string option, double value)
    {
        if (!double.IsFinite(value) || value <= 0 || value >= 1)
        {
            throw new UserInputException($"{option} = {Show(value)} is not allowed: it must lie strictly between 0 and 1 (e.g. 0.9)");
        }

        return value;
    }

    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
