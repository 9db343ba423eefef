using DipolePortal.Coordinator.Plots;
using YamlDotNet.Serialization;

namespace DipolePortal.Coordinator.Tests.Plots;

/// <summary>The HEPData YAML tables a scan writes: valid YAML whose values are the CSV's.</summary>
public class HepDataTests(ScanResultsFixture scan) : IClassFixture<ScanResultsFixture>
{
    private static Dictionary<object, object> Load(string path) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(path));

    private static List<object> List(object node) => (List<object>)node;

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static double? Value(object entry)
    {
        string text = (string)Map(entry)["value"];
        return text == "-" ? null : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("hepdata_limits_1dof.yaml", "1 dof")]
    [InlineData("hepdata_contour_2dof.yaml", "2 dof")]
    public void HepData_WhenParsed_HoldsTheCsvValuesWithQualifiersAndCitations(string file, string dof)
    {
        ScanResults results = ScanResultsReader.ReadFolder(scan.Results, withProfiles: false);
        Dictionary<object, object> yaml = Load(Path.Combine(scan.Results, file));

        var m4 = List(Map(List(yaml["independent_variables"])[0])["values"]).Select(v => Value(v)!.Value).ToList();
        Assert.Equal(results.M4ValuesMeV(), m4);
        var citations = List(yaml["citations"]).Select(Map).ToList();
        Assert.Contains(citations, c =>
            (string)c["experiment"] == "xenonnt" && ((string)c["citation"]).Contains("arXiv", StringComparison.Ordinal));

        var dependent = List(yaml["dependent_variables"]).Select(Map).ToList();
        Assert.Equal(results.Fits().Count, dependent.Count);
        foreach (var (variable, (set, flavor)) in dependent.Zip(results.Fits()))
        {
            Assert.Equal("MU_B", (string)Map(variable["header"])["units"]);
            var qualifiers = List(variable["qualifiers"]).Select(Map).ToDictionary(q => (string)q["name"], q => (string)q["value"]);
            Assert.Equal(set, qualifiers["experiment set"]);
            Assert.Equal(flavor, qualifiers["flavor"]);
            Assert.Equal("90%", qualifiers["CL"]);
            Assert.Equal(dof, qualifiers["dof"]);
            double[] expected = dof == "1 dof"
                ? [.. m4.Select(m => results.Limits.Single(r => r.ExperimentSet == set && r.Flavor == flavor && r.M4MeV == m).MuLimitMuB)]
                : ExclusionPlot.UpperEdges(results, set, flavor, m4);
            var values = List(variable["values"]).Select(Value).ToList();
            Assert.Equal(expected.Select(v => double.IsFinite(v) ? v : (double?)null), values);
        }
    }

    [Fact]
    public void Export_WithFormatHepData_WritesTheTablesTheScanWrote()
    {
        string outFolder = Path.Combine(scan.Folder, $"export-{Guid.NewGuid():N}");
        var (exit, _, stderr) = Contract.ContractCli.Run(
            "export", ScanResultsFixture.ScanName, "--store", scan.Store, "--format", "hepdata", "--out", outFolder);
        Assert.True(exit == 0, stderr);
        foreach (string file in new[] { "hepdata_limits_1dof.yaml", "hepdata_contour_2dof.yaml" })
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(scan.Results, file)),
                File.ReadAllText(Path.Combine(outFolder, ScanResultsFixture.ScanName, file)));
        }

        Assert.Equal(2, Directory.GetFiles(Path.Combine(outFolder, ScanResultsFixture.ScanName)).Length);
    }
}
