using DipolePortal.Coordinator.Planning;
using DipolePortal.Coordinator.Tests.Deploy;
using DipolePortal.Messages;

namespace DipolePortal.Coordinator.Tests.Plots;

/// <summary>The repository's scans/ folder: what `dipole reproduce` runs must be a valid spec, named as its file says.</summary>
public class ScanSpecFolderTests
{
    public static TheoryData<string> Specs() =>
        [.. Directory.GetFiles(Path.Combine(DeployFiles.RepositoryRoot, "scans"), "*.yaml").Select(f => Path.GetFileName(f) ?? f).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec_InTheScansFolder_PassesTheReaderAndTheValidatorWithEveryExperimentInReach(string file)
    {
        string path = Path.Combine(DeployFiles.RepositoryRoot, "scans", file);

        ScanSpec spec = SpecReader.Parse(File.ReadAllText(path), file);
        ScanValidator.Validate(spec, file); // throws (a one-line user error) on unknown experiments, ranges, reach

        Assert.StartsWith(spec.Name, Path.GetFileNameWithoutExtension(file), StringComparison.Ordinal);
        Assert.StartsWith("#", File.ReadAllText(path), StringComparison.Ordinal); // every spec says which figure it is
    }
}
