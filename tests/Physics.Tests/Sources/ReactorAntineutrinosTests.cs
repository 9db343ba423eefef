using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Sources;

public class ReactorAntineutrinosTests
{
    private static readonly FissionIsotopeValues PureU235 = new(1, 0, 0, 0);

    private static double PerFissionIntegral(int isotope, double fromMeV, double toMeV)
    {
        // Independent of the production grid: midpoint rule on 1 keV steps.
        const double step = 0.001;
        double sum = 0;
        for (double e = fromMeV + step / 2; e < toMeV; e += step)
        {
            sum += ReactorSpectrumPerFission.DensityPerFissionPerMeV(isotope, e) * step;
        }

        return sum;
    }

    [Fact]
    public void DensityPerFission_AtTableNode_IsHuberValue()
    {
        // Huber 2011 (arXiv:1106.0687) ²³⁵U at 4.00 MeV: 0.294 ν̄ fission⁻¹ MeV⁻¹; Mueller 2011 ²³⁸U at 4.00 MeV: 0.450.
        Tolerance.AssertRelative(0.294, ReactorSpectrumPerFission.DensityPerFissionPerMeV(0, 4.0), 1e-9, "Huber ²³⁵U 4 MeV");
        Tolerance.AssertRelative(0.450, ReactorSpectrumPerFission.DensityPerFissionPerMeV(1, 4.0), 1e-9, "Mueller ²³⁸U 4 MeV");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void DensityPerFission_At2MeV_IsContinuousAndFitAgreesWithTable(int isotope)
    {
        double below = ReactorSpectrumPerFission.DensityPerFissionPerMeV(isotope, 2.0 - 1e-9);
        double above = ReactorSpectrumPerFission.DensityPerFissionPerMeV(isotope, 2.0);
        Tolerance.AssertRelative(above, below, 1e-6, "continuity at 2 MeV");

        // The unscaled Vogel–Engel fit must already agree with Huber/Mueller at 2 MeV within 10% (it does: 2–10%).
        Tolerance.AssertRelative(above, ReactorSpectrumPerFission.Parametrization(isotope, 2.0), 0.10, "Vogel–Engel vs table at 2 MeV");
    }

    [Fact]
    public void DensityPerFission_U235AboveIbdThreshold_IsAbout1Point92()
    {
        // ν̄ per ²³⁵U fission above 1.8 MeV ≈ 1.92 (Huber 2011 value as quoted in the issue); we get 1.97. The 3%
        // allowance covers how 1.8–2.0 MeV (below Huber's table) is filled.
        Tolerance.AssertRelative(1.92, PerFissionIntegral(0, 1.8, 8.0), 0.03, "²³⁵U ν̄/fission above 1.8 MeV");
    }

    [Fact]
    public void DensityPerFission_U235Total_IsAboutSix()
    {
        // About six β⁻ decays per fission, hence ≈ 6 ν̄ (e.g. Vogel & Engel 1989); our flat low-energy fit gives 5.7.
        Tolerance.AssertRelative(6.0, PerFissionIntegral(0, 0.0, 8.0), 0.10, "²³⁵U ν̄/fission");
    }

    [Fact]
    public void Flux_WhenPureU235_MatchesHandCalculation()
    {
        // 1000 MW / (201.92 MeV × 1.602176634e-13 J/MeV) = 3.0909e19 fission/s; × N_ν/(4π (10⁴ cm)²).
        var spec = new ReactorSpec(1000, 100, PureU235, 0.02);
        FluxComponent flux = ReactorAntineutrinos.Flux(spec);
        double expected = 1000e6 / (201.92 * 1.602176634e-13) * PerFissionIntegral(0, 0.01, 8.0) / (4 * Math.PI * 1e8);
        Tolerance.AssertRelative(expected, flux.TotalFluxPerCm2PerS, 1e-4, "reactor flux");
        Tolerance.AssertRelative(1.0, SolarNeutrinosTests.Trapezoid(flux.EnergiesMeV, flux.DensityPerMeV), 1e-12, "shape normalized");
        Assert.True(flux.IsAntineutrino);
        Assert.All(flux.ArrivingFlavors, f => Assert.Equal(FlavorProbabilities.Pure(NeutrinoFlavor.Electron), f));
        Tolerance.AssertAbsolute(0.01, flux.EnergiesMeV[0], 1e-12, "reaches CEvNS energies");
    }

    [Fact]
    public void Flux_ScalesAsInverseSquareOfDistance()
    {
        var near = new ReactorSpec(2900, 28, new FissionIsotopeValues(0.56, 0.07, 0.31, 0.06), 0.02);
        double ratio = ReactorAntineutrinos.Flux(near).TotalFluxPerCm2PerS / ReactorAntineutrinos.Flux(near with { DistanceM = 56 }).TotalFluxPerCm2PerS;
        Tolerance.AssertRelative(4.0, ratio, 1e-12, "1/L²");
    }

    [Fact]
    public void Flux_WhenFractionsDoNotSumToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReactorAntineutrinos.Flux(new ReactorSpec(1000, 30, new(0.5, 0, 0, 0), 0.02)));
    }
}
