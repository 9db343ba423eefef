using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Sources;

public class Chromium51Tests
{
    [Fact]
    public void Lines_FourLinesWithSeedStrengths()
    {
        var lines = Chromium51.Lines(5, 0.25, 0.01);
        Assert.Equal(["51Cr-427", "51Cr-432", "51Cr-747", "51Cr-752"], lines.Select(l => l.Name));
        double total = lines.Sum(l => l.TotalFluxPerCm2PerS);
        // 5 MCi = 1.85e17 Bq at 25 cm: 1.85e17/(4π 625 cm²) = 2.3555e13 cm⁻² s⁻¹ (hand calculation).
        Tolerance.AssertRelative(2.3555e13, total, 1e-4, "total flux");
        double[] expectedFractions = [0.09, 0.01, 0.81, 0.09];
        for (int k = 0; k < 4; k++)
        {
            Tolerance.AssertRelative(expectedFractions[k], lines[k].TotalFluxPerCm2PerS / total, 1e-12, lines[k].Name);
            Assert.Equal(FlavorProbabilities.Pure(NeutrinoFlavor.Electron), lines[k].ArrivingFlavors.Single());
            Assert.True(lines[k].IsLine);
        }
    }

    [Fact]
    public void MeanActivityMCi_OverOneHalfLife_IsHalfOverLn2()
    {
        // ⟨A⟩/A₀ over t = T½: (1 − ½)/ln 2 = 0.72135.
        Tolerance.AssertRelative(0.5 / Math.Log(2), Chromium51.MeanActivityMCi(1, TimeSpan.FromDays(27.7025)), 1e-9, "one half-life");
    }

    [Fact]
    public void MeanActivityMCi_OverShortExposure_IsInitialActivity()
    {
        Tolerance.AssertRelative(5, Chromium51.MeanActivityMCi(5, TimeSpan.FromMinutes(1)), 1e-4, "short exposure");
    }
}
