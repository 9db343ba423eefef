using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Rates;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Rates;

public class RateChainTests
{
    [Fact]
    public void Chain_WhenLineWithConstantCrossSection_GivesHandCountsPerBin()
    {
        // ⁷Be-like line at 0.862 MeV, Φ = 10¹⁰ cm⁻² s⁻¹, P_e = 1, dσ/dT = 10⁻⁴⁵ cm² MeV⁻¹ for every T below
        // T_max = 2E²/(m_e + 2E) = 0.665 MeV; xenon electrons N_t = 2.476869×10²⁹ t⁻¹.
        // dR/dT = 10¹⁰ × 10⁻⁴⁵ × 2.476869×10²⁹ × 3.15576×10⁷ = 78.1645 events t⁻¹ yr⁻¹ MeV⁻¹ (hand calculation), flat, so
        // a 1-keV bin at 10–11 keV with ε = 1.16 t·yr and A = 1 holds 78.1645 × 10⁻³ × 1.16 = 0.0906708 events.
        var line = new FluxComponent
        {
            Name = "7Be-862",
            TotalFluxPerCm2PerS = 1e10,
            RelativeUncertainty = 0,
            IsAntineutrino = false,
            EnergiesMeV = [0.862],
            DensityPerMeV = [],
            ArrivingFlavors = [FlavorProbabilities.Pure(NeutrinoFlavor.Electron)],
        };
        double me = PhysicalConstants.ElectronMassMeV;
        double Emin(double t) => 0.5 * (t + Math.Sqrt(t * t + 2 * me * t));
        double[] grid = [.. Enumerable.Range(1, 1200).Select(j => j * 0.05e-3)];
        var rate = new double[grid.Length];

        double electronsPerTonne = DifferentialRate.TargetsPerTonne(54, 131.293);
        for (int j = 0; j < grid.Length; j++)
        {
            // The per-node step PreparedExperiment takes: fold the flux, then convert to events per tonne-year.
            rate[j] = DifferentialRate.PerTonneYearPerMeV(
                FluxFolding.RatePerTargetPerSPerMeV(line, new FlavorProbabilities(1, 0, 0), (_, _) => 1e-45, Emin, grid[j]), electronsPerTonne);
        }
        var matrix = ResponseMatrix.Build(grid, [0.010, 0.011], Efficiency.Constant(1), GaussianResolution.Xenon1TSr1, 1.16);
        var counts = new double[1];
        matrix.Apply(rate, counts);

        Tolerance.AssertRelative(78.1645, rate[200], 1e-5, "dR/dT of a line × constant σ");
        Tolerance.AssertRelative(0.0906708, counts[0], 1e-3, "counts in 10–11 keV (smearing of a flat rate: ≲3×10⁻⁴)");
    }
}
