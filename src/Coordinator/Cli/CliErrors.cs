namespace DipolePortal.Coordinator.Cli;

/// <summary>Sorts failures into bad input (exit 2) and everything else (exit 1), and flattens them to one line.</summary>
internal static class CliErrors
{
    /// <summary>True for failures caused by what the user asked: exit code 2.</summary>
    public static bool IsBadInput(Exception ex) =>
        ex is UserInputException or ArgumentException or FormatException or FileNotFoundException or DirectoryNotFoundException;

    /// <summary>The exception's message on one line, without a stack trace.</summary>
    public static string OneLine(Exception ex) =>
        ex.Message.ReplaceLineEndings(" ").Trim();
}
