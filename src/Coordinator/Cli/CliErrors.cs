namespace DipolePortal.Coordinator.Cli;

/// <summary>Sorts failures into bad input (exit 2) and everything else (exit 1), and flattens them to one line.</summary>
internal static class CliErrors
{
    /// <summary>True for failures caused by what the user asked: exit code 2.</summary>
    public static bool IsBadInput(Exception ex) =>
        ex is UserInputException or ArgumentException or FormatException or FileNotFoundException or DirectoryNotFoundException;

    /// <summary>The exception's message on one line, without a stack trace.</summary>
    public static string OneLine(Exception ex)
    {
        string message = ex.Message;
        if (ex is ArgumentException)
        {
            // .NET appends " (Parameter 'name')" and, for out-of-range values, "Actual value was …": the text already says both.
            int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            message = parameter >= 0 ? message[..parameter] : message;
        }

        return message.ReplaceLineEndings(" ").Trim();
    }
}
