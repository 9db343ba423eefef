namespace DipolePortal.Coordinator.Tests.BadInput;

/// <summary>
/// <c>dipole scan SPEC</c> on every malformed spec of BadInput/specs/ (each names the problem it must be refused for
/// in a "# expect:" line) and on a few generated ones that cannot live in a text file: exit 2, one line naming the
/// problem, and no store or output file.
/// </summary>
[Collection(SerialCliCollection.Name)]
public sealed class SpecCorpusTests
{
    private const string ExpectPrefix = "# expect: ";

    private static string SpecFolder => Path.Combine(AppContext.BaseDirectory, "BadInput", "specs");

    public static TheoryData<string> SpecFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(SpecFolder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void Scan_WhenSpecIsMalformed_ExitsTwoWithOneLineAndWritesNothing(string file)
    {
        string path = Path.Combine(SpecFolder, file);
        string expected = ExpectedProblem(path);
        using var sandbox = new CliSandbox();

        sandbox.Run(["scan", path, "--store", sandbox.Store, "--out", sandbox.Out]).AssertBadInput(expected);

        sandbox.AssertNothingWritten();
    }

    [Fact]
    public void Corpus_HasEnoughCasesAndEachNamesItsProblem()
    {
        string[] files = Directory.GetFiles(SpecFolder, "*.yaml");

        Assert.True(files.Length >= 60, $"only {files.Length} spec files in {SpecFolder}");
        Assert.All(files, f => Assert.False(string.IsNullOrWhiteSpace(ExpectedProblem(f))));
    }

    [Theory]
    [InlineData("empty-file")]
    [InlineData("binary")]
    [InlineData("over-64-KiB")]
    [InlineData("nested-5000-deep")]
    [InlineData("nested-mapping-3000-deep")]
    [InlineData("invalid-utf8-name")]
    [InlineData("directory-not-file")]
    public void Scan_WhenSpecFileIsNotASpec_ExitsTwoWithOneLineAndWritesNothing(string kind)
    {
        using var sandbox = new CliSandbox();
        string path = Path.Combine(sandbox.Root, kind + ".yaml");
        string expected = Generate(kind, path);

        sandbox.Run(["scan", path, "--store", sandbox.Store, "--out", sandbox.Out]).AssertBadInput(expected);

        sandbox.AssertNothingWritten();
    }

    /// <summary>Writes the spec of <paramref name="kind"/> to <paramref name="path"/>; returns what the refusal must say.</summary>
    private static string Generate(string kind, string path)
    {
        switch (kind)
        {
            case "empty-file":
                File.WriteAllBytes(path, []);
                return "a scan spec is one YAML mapping";
            case "binary":
                // Fixed bytes, so the case is the same on every run: a PNG header and then every byte value.
                byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
                File.WriteAllBytes(path, [.. header, .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 256))]);
                return "binary.yaml: ";
            case "over-64-KiB":
                File.WriteAllText(path, CliSandbox.SpecText("big") + string.Concat(Enumerable.Repeat("# padding padding padding padding\n", 2200)));
                return "larger than 64 KiB";
            case "nested-5000-deep":
                File.WriteAllText(path, "name: " + new string('[', 5000) + new string(']', 5000) + "\n");
                return "nested too deeply";
            case "nested-mapping-3000-deep":
                File.WriteAllText(path, "name: " + string.Concat(Enumerable.Repeat("{a: ", 3000)) + "1" + new string('}', 3000) + "\n");
                return "nested too deeply";
            case "invalid-utf8-name":
                File.WriteAllBytes(path, [.. "name: caf"u8, 0xE9, .. "\n"u8, .. System.Text.Encoding.UTF8.GetBytes(CliSandbox.SpecText("x")[8..])]);
                return "name = 'caf";
            case "directory-not-file":
                Directory.CreateDirectory(path);
                return "does not exist";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such generated case");
        }
    }

    private static string ExpectedProblem(string path) =>
        File.ReadLines(path).FirstOrDefault(l => l.StartsWith(ExpectPrefix, StringComparison.Ordinal))?[ExpectPrefix.Length..].Trim()
        ?? throw new InvalidOperationException($"{path} has no '{ExpectPrefix}' line naming the problem it must be refused for");
}
