namespace DipolePortal.Coordinator.Cli;

/// <summary>
/// A request the program refuses because of what the user asked (unknown experiment, negative mass, malformed spec).
/// The message is the single line printed on stderr; the process exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class UserInputException(string message, Exception? inner = null) : Exception(message, inner);
