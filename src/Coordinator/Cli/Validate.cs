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

    /// <summary>A count of grid points or bins: a whole number from 1 to <paramref name="max"/>.</summary>
    public static int Count(string option, int value, int max)
    {
        if (value < 1 || value > max)
        {
            throw new UserInputException($"{option} = {value} is not allowed: it must be a whole number from 1 to {max}");
        }

        return value;
    }

    /// <summary>A range given by two options: min ≤ max, and min = max only for a single point.</summary>
    public static void Ordered(string minOption, double min, string maxOption, double max, int points)
    {
        if (min > max)
        {
            throw new UserInputException($"{minOption} = {Show(min)} is greater than {maxOption} = {Show(max)}: swap them");
        }

        if (min == max && points > 1)
        {
            throw new UserInputException(
                $"{minOption} = {maxOption} = {Show(min)} with {points} points: widen the range or ask for 1 point");
        }
    }

    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
