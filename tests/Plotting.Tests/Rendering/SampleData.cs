using DipolePortal.Plotting.Figures;

namespace DipolePortal.Plotting.Tests.Rendering;

/// <summary>Smooth, physics-shaped sample inputs for every figure builder (not physics results).</summary>
internal static class SampleData
{
    public static double[] LogGrid(double min, double max, int points) =>
        [.. Enumerable.Range(0, points).Select(i => min * Math.Pow(max / min, i / (double)(points - 1)))];

    /// <summary>μ limit flat at low m4, rising towards a kinematic end at <paramref name="m4EndMeV"/>, NaN beyond.</summary>
    public static double[] Limit(IReadOnlyList<double> m4MeV, double floorMuB, double m4EndMeV) =>
        [.. m4MeV.Select(m => m < m4EndMeV ? floorMuB / Math.Sqrt(1 - Math.Pow(m / m4EndMeV, 2)) : double.NaN)];

    public static ExclusionPlotInput Exclusion()
    {
        double[] m4 = LogGrid(1e-3, 1.0, 60);
        return new ExclusionPlotInput(
            "90% CL limits, ν_e",
            [
                new ExclusionCurve("XENONnT (1 dof)", "xenonnt:e", m4, Limit(m4, 6e-11, 0.45), ExclusionCurveKind.OneDofLimit),
                new ExclusionCurve("XENONnT (2 dof)", "xenonnt:e", m4, Limit(m4, 8e-11, 0.45), ExclusionCurveKind.TwoDofContour),
                new ExclusionCurve("PandaX-4T Run1 (1 dof)", "pandax:e", m4, Limit(m4, 1.1e-10, 0.40), ExclusionCurveKind.OneDofLimit),
            ],
            [OverlayCsvReader.Read(new StringReader("m4_MeV,mu_muB\n0.001,3e-10\n0.01,3.2e-10\n0.1,4e-10\n0.3,2e-9\n"),
                "Borexino (digitized)")],
            MuAxisTitle: "μ_{e4} [μ_B]");
    }

    public static SpectrumPlotInput Spectrum()
    {
        double[] edges = [.. Enumerable.Range(0, 31).Select(i => 1.0 + i * 1.0)];
        int n = edges.Length - 1;
        double[] flat = [.. Enumerable.Range(0, n).Select(_ => 20.0)];
        double[] falling = [.. Enumerable.Range(0, n).Select(i => 12.0 * Math.Exp(-i / 6.0))];
        double[] sm = [.. Enumerable.Range(0, n).Select(_ => 6.0)];
        double[] dipole = [.. Enumerable.Range(0, n).Select(i => 15.0 / (1 + i))];
        double[] observed = [.. Enumerable.Range(0, n).Select(i => Math.Round(26 + 12.0 * Math.Exp(-i / 6.0) + 4 * Math.Sin(i)))];
        return new SpectrumPlotInput(
            "PandaX-4T Run0 (sample)",
            edges,
            [new SpectrumContribution("^{214}Pb", flat), new SpectrumContribution("^{85}Kr", falling)],
            new SpectrumContribution("SM EνES", sm),
            [new SpectrumContribution("dipole, μ = 5×10^{-11} μ_B", dipole)],
            observed);
    }

    public static ProfilePlotInput Profile()
    {
        double[] mu = LogGrid(1e-12, 1e-9, 80);
        LikelihoodProfile Make(string label, double scaleMuB) =>
            new(label, mu, [.. mu.Select(m => Math.Pow(m / scaleMuB, 4))]);
        return new ProfilePlotInput("m_4 = 0.1 MeV", [Make("PandaX-4T Run0", 1.5e-10), Make("PandaX-4T Run1", 1.0e-10), Make("XENONnT",
            6e-11)]);
    }

    public static EminPlotInput Emin()
    {
        double[] recoil = LogGrid(1e-3, 1.0, 50);
        const double electronMassMeV = 0.51099895;
        EminCurve Make(double m4MeV) => new(m4MeV, recoil, [.. recoil.Select(t => EminElectron(t, m4MeV, electronMassMeV))]);
        return new EminPlotInput("E_{ν,min} for ν e → ν_4 e", [Make(0), Make(0.01), Make(0.1), Make(0.5)]);
    }

    public static DistributionPlotInput Distribution()
    {
        double[] edges = [.. Enumerable.Range(0, 21).Select(i => i * 0.05)];
        double[] dirac = [.. Enumerable.Range(0, 20).Select(i => 2.0 * (i + 0.5) / 20)];
        double[] majorana = [.. Enumerable.Range(0, 20).Select(_ => 1.0)];
        return new DistributionPlotInput("Photon energy in ν_4 → ν γ", "E_γ / E_{ν_4}", "1/Γ dΓ/dx",
            edges, [new DistributionHistogram("Dirac", dirac), new DistributionHistogram("Majorana", majorana,
                Plotting.Series.LineStyle.Dashed)]);
    }

    /// <summary>
    /// E_min = (2 m_e T + m4²) / (2 (p_e − T)), p_e = √(T² + 2 m_e T): collinear kinematics, only to shape sample curves.
    /// </summary>
    private static double EminElectron(double tMeV, double m4MeV, double meMeV)
    {
        double pe = Math.Sqrt(tMeV * tMeV + 2 * meMeV * tMeV);
        return (2 * meMeV * tMeV + m4MeV * m4MeV) / (2 * (pe - tMeV));
    }
}
