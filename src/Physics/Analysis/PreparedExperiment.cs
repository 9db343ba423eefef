using System.Collections.Immutable;
using DipolePortal.Physics.Atomic;
using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Rates;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// Everything about one experiment that does not depend on (m4, μ), computed once and shared by every fit in a
/// process: data, response matrix, Standard-Model counts per flux component, backgrounds. The dipole counts for a
/// given m4 are computed per flux component and scale as μ² (docs/physics.md, rate chain).
/// </summary>
public sealed class PreparedExperiment
{
    private static readonly FlavorProbabilities ElectronFlavor = FlavorProbabilities.Pure(NeutrinoFlavor.Electron);
    private static readonly FlavorProbabilities NonElectronFlavors = new(0, 1, 1);
    private readonly double[] _electronsPerTonneAtNode;

    private PreparedExperiment(ExperimentDefinition definition, BindingModel binding)
    {
        Definition = definition;
        Binding = binding;
        Data = definition.LoadData();
        Flux = definition.Flux();
        double[] trueGrid = TrueGrid(definition, binding);
        Response = ResponseMatrix.Build(trueGrid, Data.BinEdgesMeV, Data.Efficiency, definition.Resolution, definition.ExposureTonneYear);
        _electronsPerTonneAtNode = ElectronsPerTonneAtNodes(definition, binding, trueGrid);
        StandardModelCounts = [.. Flux.Select(StandardModelCountsOf)];
        Backgrounds = [NonNeutrinoBackground()];
    }

    /// <summary>The experiment's declaration.</summary>
    public ExperimentDefinition Definition { get; }

    /// <summary>The atomic-binding treatment of electron recoils.</summary>
    public BindingModel Binding { get; }

    /// <summary>Observed counts, bins, published background, efficiency.</summary>
    public ExperimentData Data { get; }

    /// <summary>The neutrino flux components at the detector.</summary>
    public IReadOnlyList<FluxComponent> Flux { get; }

    /// <summary>The detector response: true-recoil rate [events t⁻¹ yr⁻¹ MeV⁻¹] → counts per bin (seed 002 Eq. (5)).</summary>
    public ResponseMatrix Response { get; }

    /// <summary>Standard-Model ν–e counts per flux component and bin: [component][bin].</summary>
    public ImmutableArray<ImmutableArray<double>> StandardModelCounts { get; }

    /// <summary>Non-neutrino backgrounds with their normalization priors.</summary>
    public ImmutableArray<BackgroundComponent> Backgrounds { get; }

    /// <summary>Builds (once) the prepared form of an experiment.</summary>
    public static PreparedExperiment Prepare(ExperimentDefinition definition, BindingModel binding) => new(definition, binding);

    /// <summary>
    /// Dipole up-scattering counts per flux component and bin for μ = 1 μ_B ([component][bin]); multiply by μ²
    /// (seed 002 Eq. (2), weighted by the arriving flavors switched on by <paramref name="hypothesis"/>, seed 002 Eq. (3)).
    /// </summary>
    public double[][] DipoleCountsPerMuB2(double m4MeV, CouplingHypothesis hypothesis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        FlavorProbabilities weights = hypothesis.Weights();
        double DipoleCrossSection(double energyMeV, double recoilMeV) => ElectronScattering.DipoleDsigmaDtCm2PerMeV(energyMeV, recoilMeV, m4MeV, 1.0);
        double MinimumEnergy(double recoilMeV) => RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, m4MeV);
        return Flux.Select(c => FoldThroughResponse(c, weights, DipoleCrossSection, MinimumEnergy)).ToArray();
    }

    private ImmutableArray<double> StandardModelCountsOf(FluxComponent component)
    {
        bool anti = component.IsAntineutrino;
        double MinimumEnergy(double recoilMeV) => RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, 0);
        double[] electron = FoldThroughResponse(component, ElectronFlavor,
            (e, t) => ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, anti, e, t), MinimumEnergy);
        // ν_μ and ν_τ have the same (neutral-current) cross section.
        double[] others = FoldThroughResponse(component, NonElectronFlavors,
            (e, t) => ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, anti, e, t), MinimumEnergy);
        return [.. electron.Zip(others, (a, b) => a + b)];
    }

    private double[] FoldThroughResponse(FluxComponent component, FlavorProbabilities weights, DifferentialCrossSection dsigma, MinimumNeutrinoEnergy emin)
    {
        var rate = new double[Response.TrueNodeCount];
        for (int j = 0; j < rate.Length; j++)
        {
            double perTarget = FluxFolding.RatePerTargetPerSPerMeV(component, weights, dsigma, emin, Response.TrueRecoilMeV[j]);
            rate[j] = DifferentialRate.PerTonneYearPerMeV(perTarget, _electronsPerTonneAtNode[j]);
        }

        var counts = new double[Response.BinCount];
        Response.Apply(rate, counts);
        return counts;
    }

    /// <summary>
    /// The published total background minus our own SM solar-ν prediction, so that solar ν are counted once
    /// (with flux nuisances). Bins where our SM prediction exceeds the published total are set to zero.
    /// </summary>
    private BackgroundComponent NonNeutrinoBackground()
    {
        var counts = new double[Data.BinCount];
        for (int k = 0; k < counts.Length; k++)
        {
            double standardModel = StandardModelCounts.Sum(c => c[k]);
            counts[k] = Math.Max(0, Data.PublishedBackgroundCounts[k] - standardModel);
        }

        return new BackgroundComponent($"{Definition.Id}:background", [.. counts], Definition.BackgroundRelativeUncertainty);
    }

    /// <summary>
    /// The true-recoil grid: uniform steps, plus a node on each side of every atomic shell edge inside it when the
    /// step-function binding is used, so that trapezoid integration does not smear the steps.
    /// </summary>
    private static double[] TrueGrid(ExperimentDefinition definition, BindingModel binding)
    {
        var nodes = definition.UniformTrueGridMeV().ToList();
        if (binding == BindingModel.StepFunction)
        {
            foreach (AtomicShell shell in AtomicShellCatalog.Find(definition.TargetMaterial).Shells)
            {
                double edge = shell.BindingEnergyMeV;
                if (edge > nodes[0] && edge < nodes[^1])
                {
                    nodes.Add(edge * (1 - 1e-9));
                    nodes.Add(edge);
                }
            }
        }

        return [.. nodes.Distinct().Order()];
    }

    /// <summary>Target electrons per tonne at each true recoil energy: Z N_A/M, times the step fraction when binding is on (seed 001 Eq. (16)).</summary>
    private static double[] ElectronsPerTonneAtNodes(ExperimentDefinition definition, BindingModel binding, double[] trueGrid)
    {
        double electronsPerTonne = TargetCatalog.Find(definition.TargetMaterial).ElectronsPerTonne;
        if (binding == BindingModel.FreeElectron)
        {
            return [.. trueGrid.Select(_ => electronsPerTonne)];
        }

        AtomicShells shells = AtomicShellCatalog.Find(definition.TargetMaterial);
        return [.. trueGrid.Select(t => electronsPerTonne * shells.StepFunctionFraction(t))];
    }
}
