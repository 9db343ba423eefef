using DipolePortal.Physics.Data;
using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Sources;

namespace DipolePortal.Physics.Tests.Sources;

public class SolarNeutrinosTests
{
    private static readonly IReadOnlyList<FluxComponent> Components = SolarNeutrinos.B16Gs98(SolarOscillationOptions.Default);

    private static FluxComponent Get(string name) => Components.Single(c => c.Name == name);

    [Fact]
    public void B16Gs98_ReturnsTheNineComponentsInOrder()
    {
        Assert.Equal(["pp", "pep", "hep", "7Be-384", "7Be-862", "8B", "13N", "15O", "17F"], Components.Select(c => c.Name));
        Assert.All(Components, c => Assert.False(c.IsAntineutrino));
    }

    // B16-GS98 totals and fractional 1σ uncertainties typed from Vinyoles et al. 2017 (arXiv:1611.09867), flux table.
    [Theory]
    [InlineData("pp", 5.98e10, 0.006)]
    [InlineData("pep", 1.44e8, 0.01)]
    [InlineData("hep", 7.98e3, 0.30)]
    [InlineData("8B", 5.46e6, 0.12)]
    [InlineData("13N", 2.78e8, 0.15)]
    [InlineData("15O", 2.05e8, 0.17)]
    [InlineData("17F", 5.28e6, 0.20)]
    public void B16Gs98_FluxIntegratesToPublishedTotal(string name, double totalPerCm2PerS, double relativeUncertainty)
    {
        FluxComponent c = Get(name);
        double integral = c.IsLine ? c.TotalFluxPerCm2PerS : c.TotalFluxPerCm2PerS * Trapezoid(c.EnergiesMeV, c.DensityPerMeV);
        Tolerance.AssertRelative(totalPerCm2PerS, integral, 1e-3, $"{name} ∫Φ dE vs B16-GS98");
        Tolerance.AssertAbsolute(relativeUncertainty, c.RelativeUncertainty, 1e-12, $"{name} 1σ");
    }

    [Fact]
    public void B16Gs98_Beryllium7LinesShareThePublishedTotal()
    {
        // ⁷Be: 4.93e9 cm⁻² s⁻¹ (B16-GS98), 10.3% in the 384.3 keV line and 89.7% in the 861.3 keV line.
        Tolerance.AssertRelative(4.93e9, Get("7Be-384").TotalFluxPerCm2PerS + Get("7Be-862").TotalFluxPerCm2PerS, 1e-3, "⁷Be total");
        Tolerance.AssertRelative(0.103 * 4.93e9, Get("7Be-384").TotalFluxPerCm2PerS, 1e-3, "⁷Be 384 branch");
        Tolerance.AssertAbsolute(0.3843, Get("7Be-384").EnergiesMeV.Single(), 1e-4, "⁷Be excited-state line");
        Tolerance.AssertAbsolute(0.8613, Get("7Be-862").EnergiesMeV.Single(), 1e-4, "⁷Be ground-state line");
        Tolerance.AssertAbsolute(1.442, Get("pep").EnergiesMeV.Single(), 1e-4, "pep line");
    }

    // Mean energies ⟨E⟩ from Bahcall, "Neutrino Astrophysics" (1989) Table 6.2 / Bahcall PRC 56, 3391 (1997):
    // pp 0.2668, ¹³N 0.7063, ¹⁵O 0.9964, ¹⁷F 0.9977, hep 9.628, ⁸B 6.735 MeV (Winter's ⁸B shape differs by < 1%).
    [Theory]
    [InlineData("pp", 0.2668, 0.423, 0.005)]
    [InlineData("13N", 0.7063, 1.199, 0.005)]
    [InlineData("15O", 0.9964, 1.732, 0.005)]
    [InlineData("17F", 0.9977, 1.740, 0.005)]
    [InlineData("hep", 9.628, 18.78, 0.005)]
    [InlineData("8B", 6.735, 15.3, 0.01)] // Winter et al. tabulate 0.000 (per mille) beyond 15.3 MeV; the true end point is ≈ 16.5 MeV
    public void B16Gs98_ShapeIsNormalizedWithPublishedMeanEnergy(string name, double meanMeV, double endpointMeV, double relTol)
    {
        FluxComponent c = Get(name);
        Tolerance.AssertRelative(1.0, Trapezoid(c.EnergiesMeV, c.DensityPerMeV), 1e-9, $"{name} ∫ dN/dE dE");
        double mean = Trapezoid(c.EnergiesMeV, c.DensityPerMeV.Select((d, i) => d * c.EnergiesMeV[i]).ToArray());
        Tolerance.AssertRelative(meanMeV, mean, relTol, $"{name} ⟨E⟩");
        Tolerance.AssertRelative(endpointMeV, c.EndpointMeV, 0.03, $"{name} endpoint");
    }

    [Theory]
    [InlineData("solar_spectra/pp.csv")]
    [InlineData("solar_spectra/hep.csv")]
    [InlineData("solar_spectra/n13.csv")]
    [InlineData("solar_spectra/o15.csv")]
    [InlineData("solar_spectra/f17.csv")]
    [InlineData("solar_spectra/b8_winter2006.csv")]
    public void BundledShape_AsTabulated_IntegratesToOne(string file)
    {
        // The transcription (Winter's ×1000 removed, hep/CNO thinned) must keep the published normalization.
        var rows = TableReader.ReadBundled(file);
        Tolerance.AssertRelative(1.0, Trapezoid(TableReader.Column(rows, 0), TableReader.Column(rows, 1)), 1e-3, file);
    }

    [Fact]
    public void B16Gs98_EveryNodeHasFlavorsSummingToOne()
    {
        foreach (FluxComponent c in Components)
        {
            Assert.Equal(c.EnergiesMeV.Length, c.ArrivingFlavors.Length);
            Assert.All(c.ArrivingFlavors, f => Tolerance.AssertAbsolute(1.0, f.Electron + f.Muon + f.Tau, 1e-12, c.Name));
            Assert.All(c.ArrivingFlavors, f => Assert.InRange(f.Electron, 0.25, 0.6));
        }
    }

    [Fact]
    public void B16Gs98_WhenRegenerationOff_FlavorsDifferOnlySlightly()
    {
        var day = SolarNeutrinos.B16Gs98(new SolarOscillationOptions { IncludeDayNightRegeneration = false });
        double withDn = Get("8B").ArrivingFlavors[100].Electron; // node at 10.0 MeV
        double dayOnly = day.Single(c => c.Name == "8B").ArrivingFlavors[100].Electron;
        Tolerance.AssertAbsolute(10.0, Get("8B").EnergiesMeV[100], 1e-9, "node");
        Assert.InRange(withDn - dayOnly, 0.002, 0.015);
    }

    internal static double Trapezoid(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double s = 0;
        for (int i = 1; i < x.Count; i++)
        {
            s += 0.5 * (y[i] + y[i - 1]) * (x[i] - x[i - 1]);
        }

        return s;
    }
}
