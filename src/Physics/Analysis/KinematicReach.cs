using System.Globalization;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// The largest m4 an electron-recoil experiment can see: some true recoil T of its response grid must be reachable,
/// E_min(T, m4) = E₀(T)(1 + m4²/(2m_eT)) ≤ E_end (seed 002 Eq. (6)), where E_end is the highest neutrino energy of its flux.
/// </summary>
public static class KinematicReach
{
    /// <summary>max over the response grid's T of √(2m_eT(E_end/E₀(T) − 1)) [MeV]; 0 when nothing is reachable.</summary>
    public static double MaximumM4MeV(PreparedExperiment experiment) =>
        MaximumM4MeV(experiment.Flux.Max(c => c.EndpointMeV), experiment.Response.TrueRecoilMeV);

    /// <summary>The same from the declaration alone (no data loaded): its flux end point and true-recoil grid.</summary>
    public static double MaximumM4MeV(ExperimentDefinition definition) =>
        MaximumM4MeV(definition.Flux().Max(c => c.EndpointMeV), definition.UniformTrueGridMeV());

    private static double MaximumM4MeV(double endpointMeV, IEnumerable<double> trueRecoilMeV)
    {
        double best = 0;
        foreach (double recoilMeV in trueRecoilMeV)
        {
            double e0 = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, 0);
            if (endpointMeV > e0)
            {
                best = Math.Max(best, Math.Sqrt(2 * PhysicalConstants.ElectronMassMeV * recoilMeV * ((endpointMeV / e0) - 1)));
            }
        }

        return best;
    }

    /// <summary>Throws when m4 is beyond the reach of every experiment of a fit (no dipole signal at all).</summary>
    /// <exception cref="ArgumentOutOfRangeException">m4 is negative or beyond reach; the message says how far the reach goes.</exception>
    public static void Ensure(IReadOnlyList<PreparedExperiment> experiments, double m4MeV)
    {
        if (!double.IsFinite(m4MeV) || m4MeV < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(m4MeV), m4MeV, $"m4 = {Show(m4MeV)} MeV is not allowed: the sterile mass must be a finite number ≥ 0");
        }

        double reach = experiments.Max(MaximumM4MeV);
        if (m4MeV >= reach)
        {
            PreparedExperiment widest = experiments.MaxBy(MaximumM4MeV)!;
            FluxComponent highest = widest.Flux.MaxBy(c => c.EndpointMeV)!;
            double recoilMeV = widest.Response.TrueRecoilMeV[^1];
            double needMeV = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, m4MeV);
            throw new ArgumentOutOfRangeException(nameof(m4MeV), m4MeV,
                $"m4 = {Show(m4MeV)} MeV is beyond kinematic reach of {string.Join("+", experiments.Select(e => e.Definition.Id))}: " +
                $"a recoil of T = {Show(recoilMeV * 1e3)} keV needs E_ν ≥ {Show(needMeV)} MeV, but the flux ends at {Show(highest.EndpointMeV)} MeV " +
                $"({highest.Name}); the largest reachable m4 is {Show(reach)} MeV");
        }
    }

    private static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
