using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Nuclear;

public class TargetCatalogTests
{
    [Theory]
    // Standard atomic weights (IUPAC/CIAAW 2021): Xe 131.293, Ge 72.630, Ar 39.95 (⁴⁰Ar: 39.962), CsI 132.905+126.904,
    // Al2O3 2×26.982 + 3×15.999 = 101.961, Si 28.085, CaWO4 40.078 + 183.84 + 4×15.999 = 287.914. Argon is pure ⁴⁰Ar here.
    [InlineData("Xe", 131.293, 2e-5)]
    [InlineData("Ge", 72.630, 2e-4)]
    [InlineData("Ar", 39.9624, 1e-6)]
    [InlineData("CsI", 259.8099, 1e-6)]
    [InlineData("Al2O3", 101.961, 2e-5)]
    [InlineData("Si", 28.085, 1e-4)]
    [InlineData("CaWO4", 287.914, 2e-5)]
    public void MolarMass_MatchesStandardAtomicWeights(string name, double gramsPerMol, double rel)
    {
        Tolerance.AssertRelative(gramsPerMol, TargetCatalog.Find(name).MolarMassGramsPerMol, rel, $"molar mass of {name}");
    }

    [Fact]
    public void Xenon_CountsPerTonne_AreConsistent()
    {
        TargetMaterial xe = TargetCatalog.Find("xenon");
        double atoms = PhysicalConstants.AvogadroPerMol * 1e6 / xe.MolarMassGramsPerMol;
        Tolerance.AssertRelative(atoms, xe.TotalNucleiPerTonne, 1e-12, "nuclei per tonne");
        Tolerance.AssertRelative(54 * atoms, xe.ElectronsPerTonne, 1e-12, "electrons per tonne = Z × atoms");
        Tolerance.AssertRelative(4.5866e27, atoms, 1e-4, "N_A × 10⁶ / 131.293");
        Tolerance.AssertRelative(1.0, xe.Constituents.Sum(c => c.AtomsPerFormulaUnit), 1e-12, "abundances sum to 1");
    }

    [Fact]
    public void Compounds_CarryStoichiometry()
    {
        TargetMaterial sapphire = TargetCatalog.Find("sapphire");
        double aluminium = sapphire.Constituents.Where(c => c.Nucleus.Z == 13).Sum(c => c.AtomsPerFormulaUnit);
        double oxygen = sapphire.Constituents.Where(c => c.Nucleus.Z == 8).Sum(c => c.AtomsPerFormulaUnit);
        Tolerance.AssertRelative(2.0, aluminium, 1e-12, "Al₂");
        Tolerance.AssertRelative(3.0, oxygen, 1e-12, "O₃ (three isotopes)");
        TargetMaterial tungstate = TargetCatalog.Find("cawo4");
        Tolerance.AssertRelative(4.0, tungstate.Constituents.Where(c => c.Nucleus.Z == 8).Sum(c => c.AtomsPerFormulaUnit), 1e-12, "O₄");
        Tolerance.AssertRelative(1.0, tungstate.Constituents.Where(c => c.Nucleus.Z == 74).Sum(c => c.AtomsPerFormulaUnit), 1e-12, "W");
        TargetMaterial csi = TargetCatalog.Find("CsI");
        Tolerance.AssertRelative((55 + 53) * csi.FormulaUnitsPerTonne, csi.ElectronsPerTonne, 1e-12, "CsI electrons");
    }

    [Fact]
    public void Nucleus_MassIsAtomicMassMinusElectrons()
    {
        Nucleus ar = TargetCatalog.Find("argon").Constituents[0].Nucleus;
        Tolerance.AssertRelative(39.9623831 * PhysicalConstants.AtomicMassUnitMeV - 18 * PhysicalConstants.ElectronMassMeV, ar.MassMeV, 1e-14, "M(⁴⁰Ar)");
        Assert.Equal(22, ar.N);
        Assert.Equal(40, ar.MassNumber);
        Assert.Equal(73, TargetCatalog.Find("Ge73").Constituents.Single().Nucleus.MassNumber);
    }

    [Theory]
    [InlineData("XE")]
    [InlineData("xenon")]
    [InlineData("caesium")]
    [InlineData("Cesium")]
    [InlineData("csi")]
    [InlineData("W")]
    public void Find_IsCaseInsensitiveAndAcceptsNames(string name) => Assert.NotNull(TargetCatalog.Find(name));

    [Fact]
    public void Find_UnknownName_ListsTheAllowedOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => TargetCatalog.Find("unobtainium"));
        Assert.Contains("unobtainium", ex.Message, StringComparison.Ordinal);
        foreach (string name in TargetCatalog.Names)
        {
            Assert.Contains(name, ex.Message, StringComparison.Ordinal);
            Assert.NotEmpty(TargetCatalog.Find(name).Constituents);
        }
    }
}
