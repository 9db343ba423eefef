using DipolePortal.Physics.Detector;

namespace DipolePortal.Physics.Tests.Detector;

public class ResponseMatrixTests
{
    private const double ExposureTonneYear = 1.16;
    private static readonly double[] EdgesMeV = [.. Enumerable.Range(1, 30).Select(k => k * 1e-3)];
    private static readonly double[] FineGridMeV = [.. Enumerable.Range(0, 1201).Select(j => j * 0.05e-3)]; // 0–60 keV, 0.05 keV

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(20)]
    public void Apply_WhenFlatSpectrumPerfectEfficiency_GivesBinWidthTimesRateTimesExposure(int binIndex)
    {
        // Flat true rate R is flat after smearing away from the grid's ends, up to ½(σ²)'' ≈ 3×10⁻⁴ for σ = a√T + bT
        // at 5–20 keV (Kramers–Moyal estimate) — hence the 10⁻³ tolerance.
        var matrix = ResponseMatrix.Build(FineGridMeV, EdgesMeV, Efficiency.Constant(1), GaussianResolution.Xenon1TSr1, ExposureTonneYear);
        double[] rate = [.. Enumerable.Repeat(250.0, FineGridMeV.Length)];
        var counts = new double[matrix.BinCount];

        matrix.Apply(rate, counts);

        Tolerance.AssertRelative(250.0 * 1e-3 * ExposureTonneYear, counts[binIndex], 1e-3, "R × ΔT × ε");
    }

    [Fact]
    public void Apply_WhenNarrowLineWellInsideWindow_ConservesCounts()
    {
        // A line: rate 1/wⱼ at the node T' = 15 keV (∫ rate dT' = 1), σ ≈ 1.76 keV; the window 1–30 keV is > 8σ away.
        var matrix = ResponseMatrix.Build(FineGridMeV, EdgesMeV, Efficiency.Constant(1), GaussianResolution.Xenon1TSr1, ExposureTonneYear);
        var rate = new double[FineGridMeV.Length];
        rate[300] = 1 / matrix.QuadratureWeightsMeV[300];
        var counts = new double[matrix.BinCount];

        matrix.Apply(rate, counts);

        Tolerance.AssertRelative(ExposureTonneYear, counts.Sum(), 1e-9, "Gaussian smearing conserves counts");
    }

    [Fact]
    public void Build_WhenLinearEfficiency_MatchesBruteForceBinIntegral()
    {
        // A(T) = 0.5 + 10 T[MeV] (0.6 at 10 keV), line at 15.5 keV. Expected counts in [15, 16] keV: ε ∫ A(T) G(T) dT by a
        // brute-force Simpson rule (10⁴ intervals) written here, independent of the analytic erf formula.
        var efficiency = new Efficiency([0.0, 0.040], [0.5, 0.9], EfficiencyOutsideTable.Zero);
        double[] grid = [0.0155, 0.0160];
        var matrix = ResponseMatrix.Build(grid, [0.015, 0.016], efficiency, GaussianResolution.Xenon1TSr1, ExposureTonneYear);
        double sigma = GaussianResolution.Xenon1TSr1.SigmaMeV(0.0155);
        double Integrand(double t) => (0.5 + 10 * t) * Math.Exp(-0.5 * Math.Pow((t - 0.0155) / sigma, 2)) / (Math.Sqrt(2 * Math.PI) * sigma);
        const int n = 10_000;
        double h = 0.001 / n;
        double sum = Integrand(0.015) + Integrand(0.016);
        for (int k = 1; k < n; k++)
        {
            sum += (k % 2 == 1 ? 4 : 2) * Integrand(0.015 + k * h);
        }

        double expected = ExposureTonneYear * matrix.QuadratureWeightsMeV[0] * sum * h / 3;
        Tolerance.AssertRelative(expected, matrix[0, 0], 1e-9, "analytic A×Gaussian vs brute force");
    }

    [Fact]
    public void Build_WhenEfficiencyStepsToZeroInsideBin_CutsTheIntegralThere()
    {
        // Efficiency 1 on [0, 15.5 keV], 0 above; σ → a line at 15.5 keV splits half/half: ε·w·½ in [15, 16].
        var efficiency = new Efficiency([0.0, 0.0155], [1, 1], EfficiencyOutsideTable.Zero);
        var matrix = ResponseMatrix.Build([0.0155, 0.0160], [0.015, 0.016], efficiency, GaussianResolution.Xenon1TSr1, ExposureTonneYear);
        double sigma = GaussianResolution.Xenon1TSr1.SigmaMeV(0.0155);
        double half = 0.5 * (1 - 2 * NormalTail(0.0005 / sigma));
        Tolerance.AssertRelative(ExposureTonneYear * matrix.QuadratureWeightsMeV[0] * half, matrix[0, 0], 1e-6, "acceptance cut at the table end");
    }

    [Fact]
    public void QuadratureWeights_WhenSimpsonOnUniformOddGrid_IntegratesCubicExactly()
    {
        double[] nodes = [0, 0.25, 0.5, 0.75, 1.0];
        double[] w = QuadratureWeights.For(nodes, TrueEnergyQuadrature.Simpson);
        double integral = nodes.Select((x, j) => w[j] * x * x * x).Sum();
        Tolerance.AssertRelative(0.25, integral, 1e-12, "∫₀¹ x³ dx = 1/4 (Simpson is exact for cubics)");
        Assert.Throws<ArgumentException>(() => QuadratureWeights.For([0, 1, 3], TrueEnergyQuadrature.Simpson));
    }

    [Fact]
    public void Apply_WhenCalledRepeatedly_AllocatesNothing()
    {
        var matrix = ResponseMatrix.Build(FineGridMeV, EdgesMeV, Efficiency.Constant(1), GaussianResolution.Xenon1TSr1, ExposureTonneYear);
        var rate = new double[FineGridMeV.Length];
        var counts = new double[matrix.BinCount];
        matrix.Apply(rate, counts);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            matrix.Apply(rate, counts);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    // Q(z) = P(Z > z) for a standard normal, by a Simpson integral of the density out to z + 12 (independent of erfc).
    private static double NormalTail(double z)
    {
        const int n = 20_000;
        double h = 12.0 / n;
        double f(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);
        double sum = f(z) + f(z + 12);
        for (int k = 1; k < n; k++)
        {
            sum += (k % 2 == 1 ? 4 : 2) * f(z + k * h);
        }

        return sum * h / 3;
    }

    [Fact]
    public void Apply_WhenQuenchedNuclearRecoils_MatchesTheElectronEquivalentRateOfSeed003Eq9()
    {
        // Nodes in T_nr, sharp response: the counts in a keV_ee bin must equal ε ∫_bin dT_ee dR/dT_ee, with dR/dT_ee from
        // seed 003 Eq. (9) — an independent route (a midpoint sum in T_ee over the Jacobian, not the matrix's change of
        // variable). Rate dR/dT_nr = 100 e^(−T_nr/2 keV) per t·yr·MeV; germanium yield of seed 003 Eq. (10).
        var yield = new GermaniumHighIonizationQuenching();
        double[] nodesMeV = [.. Enumerable.Range(0, 20001).Select(j => j * 0.5e-6)]; // 0–10 keV_nr, 0.5 eV steps
        double[] edgesMeV = [0.1e-3, 0.3e-3, 0.6e-3, 1.0e-3]; // keV_ee
        double Rate(double nuclearMeV) => 100 * Math.Exp(-nuclearMeV / 2e-3);
        var matrix = ResponseMatrix.Build(nodesMeV, edgesMeV, Efficiency.Constant(1), GaussianResolution.FromMeV(0, 0), ExposureTonneYear,
            quenching: yield);
        var counts = new double[matrix.BinCount];

        matrix.Apply([.. nodesMeV.Select(Rate)], counts);

        for (int k = 0; k < counts.Length; k++)
        {
            const int Steps = 20000;
            double width = (edgesMeV[k + 1] - edgesMeV[k]) / Steps;
            double integral = 0;
            for (int i = 0; i < Steps; i++)
            {
                double nuclearMeV = yield.NuclearRecoilMeV(edgesMeV[k] + ((i + 0.5) * width));
                integral += yield.ElectronEquivalentRate(Rate(nuclearMeV), nuclearMeV) * width;
            }

            // Nodes 0.5 eV_nr apart against bins ≥ 0.2 keV_ee ≈ 1.1 keV_nr wide: the edge assignment costs ≤ 1e-3.
            Tolerance.AssertRelative(ExposureTonneYear * integral, counts[k], 1e-3, $"bin {k}: ε ∫ dR/dT_ee dT_ee (seed 003 Eq. (9))");
        }
    }
}
