using System.Globalization;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// The largest m4 an experiment can see: some true recoil T inside its analysis window (up to its last bin edge, turned
/// into T_nr through the quenching for nuclear recoils) must be reachable on some target of mass M,
/// E_min(T, m4) = E₀(T)(1 + m4²/(2MT)) ≤ E_end (seed 002 Eq. (6); seed 003 Eqs. (5) and (8)), where E_end is the highest
/// neutrino energy of its flux. A fit is within reach when any of its experiments is.
/// </summary>
public static class KinematicReach
{
    /// <summary>max over targets M and T ≤ the top of the window of √(2MT(E_end/E₀(T) − 1)) [MeV]; 0 when nothing is reachable.</summary>
    public static double MaximumM4MeV(PreparedExperiment experiment) =>
        MaximumM4MeV(experiment.Flux, experiment.Data.BinEdgesMeV[^1], experiment.Definition);

    /// <summary>The same from the declaration (loads its bin edges; a user-file experiment needs its file).</summary>
    public static double MaximumM4MeV(ExperimentDefinition definition) =>
        MaximumM4MeV(definition.Flux(), definition.LoadData().BinEdgesMeV[^1], definition);

    private static double MaximumM4MeV(IReadOnlyList<FluxComponent> flux, double windowTopMeV, ExperimentDefinition definition)
    {
        double endpointMeV = flux.Max(c => c.EndpointMeV);
        double topRecoilMeV = definition.NuclearRecoilQuenching?.NuclearRecoilMeV(windowTopMeV) ?? windowTopMeV;
        double best = 0;
        foreach (double targetMassMeV in TargetMassesMeV(definition))
        {
            foreach (double recoilMeV in definition.UniformTrueGridMeV().Where(t => t > 0 && t <= topRecoilMeV).Append(topRecoilMeV))
            {
                double e0 = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, targetMassMeV, 0);
                if (endpointMeV > e0)
                {
                    best = Math.Max(best, Math.Sqrt(2 * targetMassMeV * recoilMeV * ((endpointMeV / e0) - 1)));
                }
            }
        }

        return best;
    }

    /// <summary>The masses the neutrino recoils on: the electron, or every nucleus of the target material [MeV].</summary>
    private static IEnumerable<double> TargetMassesMeV(ExperimentDefinition definition) => definition.IsNuclearRecoil
        ? TargetCatalog.Find(definition.TargetMaterial).Constituents.Select(c => c.Nucleus.MassMeV).Distinct()
        : [PhysicalConstants.ElectronMassMeV];

    /// <summary>Throws when m4 is beyond the reach of every experiment of a fit (no dipole signal in any analysis window).</summary>
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
            throw new ArgumentOutOfRangeException(nameof(m4MeV), m4MeV,
                $"m4 = {Show(m4MeV)} MeV is beyond kinematic reach of {string.Join("+", experiments.Select(e => e.Definition.Id))}: " +
                $"no recoil up to the top of the analysis window ({Show(widest.Data.BinEdgesMeV[^1] * 1e3)} keV) can be made by " +
                $"neutrinos up to {Show(highest.EndpointMeV)} MeV ({highest.Name}); the largest reachable m4 is {Show(reach)} MeV");
        }
    }

    private static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
