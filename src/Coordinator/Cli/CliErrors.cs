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
        if (ex is ArgumentException and not ArgumentNullException)
        {
            // .NET appends " (Parameter 'name')" and, for out-of-range values, "Actual value was …": the text already says both.
            // A null argument keeps it: "Value cannot be null." alone says nothing (it is an internal error, worth reporting).
            int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            message = parameter >= 0 ? message[..parameter] : message;
        }

        return message.ReplaceLineEndings(" ").Trim();
    }

    /// <summary>
    /// One line for the parser's complaints: an unknown word is named before the "required command" error it
    /// causes, "Must be one of:" lists are joined onto the line, and .NET type names become plain words.
    /// </summary>
    public static string ParseProblem(IEnumerable<string> messages)
    {
        var all = messages.ToList();
        string message = all.FirstOrDefault(m => m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)) ?? all[0];
        message = message
            .Replace("expected type 'System.Double'", "a number", StringComparison.Ordinal)
            .Replace("expected type 'System.Int32'", "a whole number", StringComparison.Ordinal)
            .Replace("expected type 'System.Int64'", "a whole number", StringComparison.Ordinal);
        string[] lines = message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines.Skip(1));
    }
}
