using DipolePortal.Physics.Data;

namespace DipolePortal.Physics.Tests.Sources;

public class SourceDataReadmeTests
{
    [Theory]
    [InlineData("solar_b16")]
    [InlineData("solar_spectra")]
    [InlineData("reactor_huber_mueller")]
    public void Readme_CitesItsPublication(string folder)
    {
        string text = DataCatalog.ReadAllText(folder + "/README.md");
        Assert.True(
            text.Contains("arXiv", StringComparison.Ordinal) || text.Contains("doi", StringComparison.Ordinal),
            $"{folder}/README.md must cite an arXiv id or doi");
    }
}
