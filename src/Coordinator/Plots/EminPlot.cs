using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Units;
using DipolePortal.Plotting.Figures;

namespace DipolePortal.Coordinator.Plots;

/// <summary>E_min(T) for ν e → ν_4 e against the electron recoil energy, one curve per m4 (seed 002 Fig. 1, seed 000 Fig. 3).</summary>
internal static class EminPlot
{
    /// <summary>Recoil energies of the curves: 0.1 keV to 100 keV, log-spaced, in MeV.</summary>
    private static readonly double[] RecoilMeV = [.. Enumerable.Range(0, 121).Select(i => 1e-4 * Math.Pow(10, i / 40.0))];

    public static EminPlotInput Input(IReadOnlyList<double> m4MeV)
    {
        double[] recoilKeV = [.. RecoilMeV.Select(t => t * 1e3)];
        var curves = m4MeV.Select(m4 => new EminCurve(
            m4,
            recoilKeV,
            [.. RecoilMeV.Select(t => RecoilKinematics.MinimumNeutrinoEnergyMeV(t, PhysicalConstants.ElectronMassMeV, m4))],
            m4 == 0 ? "active ν (m_4 = 0)" : null)).ToList();
        return new EminPlotInput("E_{ν,min} for ν e → ν_4 e", curves, RecoilAxisTitle: "T_e [keV]");
    }
}
