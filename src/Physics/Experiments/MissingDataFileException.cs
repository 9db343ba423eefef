namespace DipolePortal.Physics.Experiments;

/// <summary>
/// An experiment whose data are not public needs the user's data file. The message says which file is missing,
/// where it is looked for and its expected format.
/// </summary>
public sealed class MissingDataFileException(string message) : FileNotFoundException(message);
