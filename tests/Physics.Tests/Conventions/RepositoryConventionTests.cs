using System.Reflection;
using System.Text.RegularExpressions;

namespace DipolePortal.Physics.Tests.Conventions;

/// <summary>Conventions the repository keeps (STYLE.md §2), checked on the files themselves.</summary>
public class RepositoryConventionTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DipolePortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DipolePortal.sln not found above the test folder");
    }

    [Fact]
    public void DataFolders_EachHaveAReadmeCitingArxivOrDoi()
    {
        var folders = Directory.GetDirectories(Path.Combine(Root, "data"));
        Assert.NotEmpty(folders);
        foreach (string folder in folders)
        {
            string readme = Path.Combine(folder, "README.md");
            Assert.True(File.Exists(readme), $"{folder} has no README.md");
            string text = File.ReadAllText(readme);
            Assert.True(text.Contains("arXiv", StringComparison.Ordinal) || text.Contains("doi", StringComparison.OrdinalIgnoreCase),
                $"{readme} cites no arXiv id or doi");
        }
    }

    [Fact]
    public void DataTables_EachStartWithACommentHeaderGivingUnits()
    {
        var tables = Directory.GetFiles(Path.Combine(Root, "data"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".dat", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(tables);
        foreach (string table in tables)
        {
            string first = File.ReadLines(table).First();
            Assert.True(first.StartsWith('#'), $"{table} does not start with a '#' header stating its columns and units");
        }
    }

    [Fact]
    public void Sources_WriteToTheConsoleOnlyInTheOutputLayer()
    {
        var offenders = Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains(Path.Combine("src", "Coordinator", "Output"), StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"Console\.(Error\.|Out\.)?Write(Line)?\("))
            .ToList();
        Assert.True(offenders.Count == 0, "Console.Write outside src/Coordinator/Output: " + string.Join(", ", offenders));
    }

    /// <summary>Names of public double parameters in src/Physics end in a unit, or are dimensionless by name.</summary>
    [Fact]
    public void PhysicsPublicDoubleParameters_CarryUnitsInTheirNames()
    {
        string[] unitSuffixes =
        [
            "MeV", "KeV", "EV", "eV", "Cm", "Fm", "M", "Cm2PerMeV", "PerCm2PerS", "PerMeV", "PerS", "MuB", "MuBohr", "MuB2", "TonneYear",
            "Kg", "Days", "Day", "S", "MW", "MCi", "GPerCm3", "PerCm3", "EV2", "U", "Mol", "GramPerMol", "GramsPerMol", "PerTonne", "PerTonneYear",
            "PerTonneYearPerMeV", "PerTargetPerSPerMeV", "Counts", "Percent", "Bins", "PerMeV3", "PerMeV5", "Cm2MeV", "PerKeV", "Year", "PerMeV2", "Cm2", "Rad",
        ];
        string[] dimensionless =
        [
            "confidenceLevel", "sigma", "fraction", "probability", "beta", "cos2Theta", "relativeUncertainty", "value", "yield", "weight",
            "activeSterileMixing", "chi2", "chi2AtZero", "atomicNumber", "massNumber", "k", "x", "b", "a", "intercept", "efficiency",
            "neutrinosPerFlavorPerProton", "protonsOnTarget", "targetsPerAtom", "targetsPerTonne", "electron", "muon", "tau", "uranium", "plutonium",
            "cos", "sinSquared", "longitudinal", "transverse", "electronFraction", "nightFraction", "nu1", "nu2", "nu3",
        ];
        var physics = typeof(DipolePortal.Physics.Data.TableReader).Assembly;
        var offenders = new List<string>();
        foreach (Type type in physics.GetExportedTypes())
        {
            foreach (MethodBase method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                         .Cast<MethodBase>().Concat(type.GetConstructors()))
            {
                foreach (ParameterInfo parameter in method.GetParameters().Where(p => p.ParameterType == typeof(double)))
                {
                    string name = parameter.Name ?? "";
                    bool hasUnit = unitSuffixes.Any(u => name.EndsWith(u, StringComparison.Ordinal) || string.Equals(name, u, StringComparison.OrdinalIgnoreCase));
                    bool isDimensionless = dimensionless.Any(d => string.Equals(name, d, StringComparison.OrdinalIgnoreCase) || name.StartsWith(d, StringComparison.OrdinalIgnoreCase));
                    if (!hasUnit && !isDimensionless)
                    {
                        offenders.Add($"{type.Name}.{method.Name}({name})");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "public double parameters without a unit suffix: " + string.Join(", ", offenders.Distinct()));
    }
}
