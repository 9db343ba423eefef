using DipolePortal.Physics.Atomic;
using DipolePortal.Physics.Data;

namespace DipolePortal.Physics.Tests.Atomic;

public class AtomicShellsTests
{
    [Theory]
    // Hand counts from the RRPA table (Chen et al. 2017, arXiv:1610.04177), binding energies in eV:
    // O3 12.0 (4), O2 13.4 (2), O1 27.5 (2), N5 71.7 (6), N4 73.8 (4), N3 162.8 (4), N2 175.6 (2), N1 229.4 (2),
    // M5 649.9 (6), M4 708.1 (4), M3 961.2 (4), M2 1024.8 (2), M1 1170.5 (2), L3 4835.6 (4), L2 5161.5 (2), L1 5509.8 (2),
    // K 34759 (2).
    [InlineData(0.0100, 0)]   // 10 eV: below the 5p3/2 edge (12.0 eV)
    [InlineData(0.0130, 4)]   // 13 eV: 5p3/2 only
    [InlineData(0.1000, 18)]  // 100 eV: 5p (6) + 5s (2) + 4d (10) = 18; 4p3/2 (162.8 eV) still closed
    [InlineData(1.0000, 40)]  // 1.0 keV: all N and O (26) + M5 (6) + M4 (4) + M3 (4) = 40; M2 (1024.8 eV) still closed
    [InlineData(1.1000, 42)]  // 1.1 keV: + M2 (2); M1 (1170.5 eV) still closed
    [InlineData(1.2000, 44)]  // 1.2 keV: + M1 (2) = all 18 M electrons + 26 = 44
    [InlineData(5.0000, 48)]  // 5 keV: + L3 (4); L2 (5161.5 eV) closed
    [InlineData(5.2000, 50)]  // 5.2 keV: + L2 (2)
    [InlineData(34.700, 52)]  // 34.7 keV: + L1 (2); K (34759 eV) closed
    [InlineData(35.000, 54)]  // 35 keV: everything
    public void Xenon_StepFunction_CountsOpenElectrons(double recoilKeV, int openElectrons)
    {
        int expected = openElectrons;
        AtomicShells xenon = AtomicShellCatalog.Xenon;
        Assert.Equal(expected, xenon.OpenElectrons(recoilKeV * 1e-3));
        Tolerance.AssertRelative(expected / 54.0, xenon.StepFunctionFraction(recoilKeV * 1e-3), 1e-15, $"xenon fraction at {recoilKeV} keV");
    }

    [Fact]
    public void Germanium_StepFunction_AroundTheLEdges()
    {
        // Ge (X-Ray Data Booklet): L3 1217.0, L2 1248.1, L1 1414.6 eV; below them M (18) + valence (4) = 22 open.
        AtomicShells ge = AtomicShellCatalog.Find("Ge");
        Assert.Equal(22, ge.OpenElectrons(1.2e-3));
        Assert.Equal(26, ge.OpenElectrons(1.23e-3));
        Assert.Equal(30, ge.OpenElectrons(1.5e-3));
        Assert.Equal(30, ge.OpenElectrons(11.0e-3));
        Tolerance.AssertRelative(1.0, ge.StepFunctionFraction(11.2e-3), 1e-15, "above K (11103.1 eV) all 32 open");
    }

    [Theory]
    [InlineData("xenon", 54)]
    [InlineData("Ge", 32)]
    [InlineData("cesium", 55)]
    [InlineData("Caesium", 55)]
    [InlineData("I", 53)]
    [InlineData("argon", 18)]
    public void Find_ReturnsTablesWhoseOccupationsAddUpToZ(string element, int z)
    {
        AtomicShells shells = AtomicShellCatalog.Find(element);
        Assert.Equal(z, shells.Z);
        Assert.Equal(z, shells.Shells.Sum(s => s.Electrons));
        Tolerance.AssertRelative(1.0, shells.StepFunctionFraction(1.0), 1e-15, "all open at 1 MeV");
        Assert.Equal(0.0, shells.StepFunctionFraction(1e-6));
    }

    [Fact]
    public void Find_UnknownElement_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => AtomicShellCatalog.Find("krypton"));
        Assert.Contains("xenon", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenOccupationsDoNotAddUp_Throws()
    {
        Assert.Throws<FormatException>(() => AtomicShellCatalog.Parse("test", 3, "# header\nK,1s1/2,100,2\n"));
        Assert.Throws<FormatException>(() => AtomicShellCatalog.Parse("test", 2, "K,1s1/2,abc,2\n"));
    }

    [Theory]
    [InlineData("atomic_xenon")]
    [InlineData("atomic_germanium")]
    [InlineData("atomic_caesium")]
    [InlineData("atomic_iodine")]
    [InlineData("atomic_argon")]
    public void DataFolder_HasCitingReadmeAndUnitHeader(string folder)
    {
        string readme = DataCatalog.ReadAllText(folder + "/README.md");
        Assert.True(readme.Contains("arXiv", StringComparison.Ordinal) || readme.Contains("doi", StringComparison.Ordinal));
        string table = DataCatalog.ReadAllText(folder + "/subshells.csv");
        Assert.StartsWith("#", table, StringComparison.Ordinal);
        Assert.Contains("[eV]", table, StringComparison.Ordinal);
    }
}
