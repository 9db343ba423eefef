using System.Reflection;

namespace DipolePortal.Physics.Data;

/// <summary>
/// The published tables bundled with the program: every file under the repository's data/ folder is embedded in
/// this assembly under the logical name "data/&lt;folder&gt;/&lt;file&gt;".
/// </summary>
public static class DataCatalog
{
    private static readonly Assembly Assembly = typeof(DataCatalog).Assembly;

    /// <summary>Opens a bundled table, e.g. <c>Open("solar_b16/fluxes.csv")</c>.</summary>
    /// <exception cref="FileNotFoundException">No bundled table has that path.</exception>
    public static Stream Open(string relativePath)
    {
        string name = "data/" + relativePath;
        return Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"bundled data file '{relativePath}' is missing (looked for resource '{name}')", relativePath);
    }

    /// <summary>Reads a bundled text file whole.</summary>
    public static string ReadAllText(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return reader.ReadToEnd();
    }

    /// <summary>Relative paths of every bundled file, sorted.</summary>
    public static IReadOnlyList<string> List() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("data/", StringComparison.Ordinal))
            .Select(n => n["data/".Length..])
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
}
