using DipolePortal.Physics.Shining;

namespace DipolePortal.Coordinator.Output;

/// <summary>Where and for what <c>dipole shining</c> writes: the folder, JSON or CSV tables, and the setup they describe.</summary>
/// <param name="Folder">The --out folder.</param>
/// <param name="Json">JSON tables instead of CSV.</param>
/// <param name="SetupName">The --setup word, e.g. nucleus-10g.</param>
/// <param name="Setup">The setup it stands for.</param>
internal sealed record ShiningFiles(string Folder, bool Json, string SetupName, NucleusSetup Setup)
{
    /// <summary>"nucleus-10g, CaWO4", for titles and summaries.</summary>
    public string Title => $"{SetupName}, {Setup.Target.Name}";

    /// <summary>Writes FOLDER/NAME atomically and returns its path.</summary>
    public string Write(string name, string contents)
    {
        string path = Path.Combine(Folder, name);
        AtomicFile.WriteAllText(path, contents);
        return path;
    }
}
