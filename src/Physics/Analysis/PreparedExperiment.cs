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
    private static readonly FlavorProbabilities AllFlavors = new(1, 1, 1);
    private readonly double[] _electronsPerTonneAtNode;
    private readonly Lazy<DipoleKernelTable[]>[] _dipoleTables; // per CouplingHypothesis, per flux component
    private readonly DipoleSpectrumCache? _spectra; // the single fits' spectra, reused by the joint fits

    private PreparedExperiment(ExperimentDefinition definition, BindingModel binding, bool cacheSpectra)
    {
        _spectra = cacheSpectra ? new DipoleSpectrumCache() : null;
        Definition = definition;
        Binding = binding;
        Data = definition.LoadData();
        Flux = definition.Flux();
        double[] trueGrid = TrueGrid(definition, binding, Data.BinEdgesMeV);
        Response = ResponseMatrix.Build(trueGrid, Data.BinEdgesMeV, Data.Efficiency, definition.Resolution, definition.ExposureTonneYear,
            quenching: definition.NuclearRecoilQuenching);
        _electronsPerTonneAtNode = definition.IsNuclearRecoil ? [] : ElectronsPerTonneAtNodes(definition, binding, trueGrid);
        _dipoleTables = [.. Enum.GetValues<CouplingHypothesis>().Select(h => new Lazy<DipoleKernelTable[]>(
            () => [.. Flux.Select(c => DipoleKernelTable.Build(c, h.Weights()))], LazyThreadSafetyMode.ExecutionAndPublication))];
        StandardModelCounts = definition.IsNuclearRecoil
            ? [.. Flux.Select(c => NuclearCounts(c, AllFlavors, (nucleus, e, t) => NuclearScattering.StandardModelDsigmaDtCm2PerMeV(nucleus, e, t), 0))]
            : [.. Flux.Select(StandardModelCountsOf)];
        Backgrounds = [NonNeutrinoBackground()];
        ObservedCounts = definition.Availability == DataAvailability.Projection ? AsimovCounts() : Data.ObservedCounts;
    }

    /// <summary>The experiment's declaration.</summary>
    public ExperimentDefinition Definition { get; }

    /// <summary>The atomic-binding treatment of electron recoils.</summary>
    public BindingModel Binding { get; }

    /// <summary>Bins, observed counts as published (none for a projection), published background, efficiency.</summary>
    public ExperimentData Data { get; }

    /// <summary>
    /// The counts the fit compares with: the published ones, or for a projection the Asimov data set — the expected SM
    /// plus background counts at nominal nuisances (issue 5 item 9), so that a projection runs through the same code as data.
    /// </summary>
    public ImmutableArray<double> ObservedCounts { get; }

    /// <summary>The neutrino flux components at the detector.</summary>
    public IReadOnlyList<FluxComponent> Flux { get; }

    /// <summary>The detector response: true-recoil rate [events t⁻¹ yr⁻¹ MeV⁻¹] → counts per bin (seed 002 Eq. (5)).</summary>
    public ResponseMatrix Response { get; }

    /// <summary>Standard-Model ν–e (or CEvNS) counts per flux component and bin: [component][bin].</summary>
    public ImmutableArray<ImmutableArray<double>> StandardModelCounts { get; }

    /// <summary>Non-neutrino backgrounds with their normalization priors.</summary>
    public ImmutableArray<BackgroundComponent> Backgrounds { get; }

    /// <summary>Builds (once) the prepared form of an experiment.</summary>
    /// <param name="definition">The experiment.</param>
    /// <param name="binding">The electron-binding treatment.</param>
    /// <param name="cacheSpectra">
    /// Keep the dipole counts of every (m4, hypothesis) for later fits (the default); false to recompute them every time
    /// (same values: `dipole bench` times the computation itself).
    /// </param>
    public static PreparedExperiment Prepare(ExperimentDefinition definition, BindingModel binding, bool cacheSpectra = true) =>
        new(definition, binding, cacheSpectra);

    /// <summary>
    /// Dipole up-scattering counts per flux component and bin for μ = 1 μ_B ([component][bin]); multiply by μ²
    /// (seed 002 Eq. (2), weighted by the arriving flavors switched on by <paramref name="hypothesis"/>, seed 002 Eq. (3)).
    /// </summary>
    /// <remarks>
    /// Fast path of issue 8: the flux moments of each component are tabulated once per hypothesis (lazily, thread-safe)
    /// and folded with the 1/E expansion of the dipole bracket at each true node (<see cref="DipoleKernelTable"/>);
    /// <see cref="PlainDipoleCountsPerMuB2"/> is the direct evaluation it is tested against. The counts of each
    /// (m4, hypothesis) are kept (<see cref="DipoleSpectrumCache"/>, bounded), so that a joint fit at an m4 that the
    /// experiment's single fit already did reuses its spectrum; they depend only on (m4, hypothesis), so the result is
    /// the same bits whichever fit or thread computed them. Returns a new array every call.
    /// </remarks>
    public double[][] DipoleCountsPerMuB2(double m4MeV, CouplingHypothesis hypothesis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        _ = hypothesis.Weights(); // validates the hypothesis
        if (_spectra is null)
        {
            return ComputeDipoleCountsPerMuB2(m4MeV, hypothesis);
        }

        double[][] counts = _spectra.GetOrCompute(m4MeV, hypothesis, ComputeDipoleCountsPerMuB2);
        return [.. counts.Select(c => (double[])c.Clone())]; // the caller's own copy: the cached one stays as computed
    }

    /// <summary>The dipole counts of <see cref="DipoleCountsPerMuB2"/>, computed (no cache).</summary>
    private double[][] ComputeDipoleCountsPerMuB2(double m4MeV, CouplingHypothesis hypothesis)
    {
        ArrivalWeights weights = hypothesis.Weights();
        if (Definition.IsNuclearRecoil)
        {
            return [.. Flux.Select(c => NuclearCounts(c, weights,
                (nucleus, e, t) => NuclearScattering.DipoleDsigmaDtCm2PerMeV(nucleus, e, t, m4MeV, 1.0), m4MeV).ToArray())];
        }

        DipoleKernelTable[] tables = _dipoleTables[(int)hypothesis].Value;
        ImmutableArray<double> recoilMeV = Response.TrueRecoilMeV;
        int nodes = recoilMeV.Length;
        var rates = new double[tables.Length * nodes]; // [component][node]
        for (int j = 0; j < nodes; j++)
        {
            // E_min and the bracket depend on (T, m4) only: once per node for every component.
            double lowerMeV = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV[j], PhysicalConstants.ElectronMassMeV, m4MeV);
            DsigmaDtPolynomial dipole = InverseEnergyExpansion.Dipole(recoilMeV[j], m4MeV, 1.0);
            for (int c = 0; c < tables.Length; c++)
            {
                double perTarget = tables[c].RatePerTargetPerSPerMeVPerMuB2(lowerMeV, dipole);
                rates[(c * nodes) + j] = DifferentialRate.PerTonneYearPerMeV(perTarget, _electronsPerTonneAtNode[j]);
            }
        }

        var counts = new double[tables.Length][];
        for (int c = 0; c < tables.Length; c++)
        {
            counts[c] = new double[Response.BinCount];
            Response.Apply(rates.AsSpan(c * nodes, nodes), counts[c]);
        }

        return counts;
    }

    /// <summary>
    /// The plain, unoptimized evaluation of <see cref="DipoleCountsPerMuB2"/>: <see cref="FluxFolding"/> of
    /// <see cref="ElectronScattering.DipoleDsigmaDtCm2PerMeV"/> at every true node. Kept as the reference of the fast path.
    /// </summary>
    internal double[][] PlainDipoleCountsPerMuB2(double m4MeV, CouplingHypothesis hypothesis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        ArrivalWeights weights = hypothesis.Weights();
        double DipoleCrossSection(double energyMeV, double recoilMeV) =>
            ElectronScattering.DipoleDsigmaDtCm2PerMeV(energyMeV, recoilMeV, m4MeV, 1.0);
        double MinimumEnergy(double recoilMeV) =>
            RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, m4MeV);
        return Flux.Select(c => FoldThroughResponse(c, weights, DipoleCrossSection, MinimumEnergy)).ToArray();
    }

    /// <summary>
    /// SM counts of one component: ν_e with its charged-current part plus ν_μ + ν_τ (neutral current only), seed 001 Eq. (14).
    /// </summary>
    /// <remarks>The SM cross section is a polynomial in 1/E at fixed T, so it folds with the flux moments as the dipole one does.</remarks>
    private ImmutableArray<double> StandardModelCountsOf(FluxComponent component)
    {
        bool anti = component.IsAntineutrino;
        CumulativeFluxMoments electron = CumulativeFluxMoments.Build(component, ElectronFlavor);
        // ν_μ and ν_τ have the same (neutral-current) cross section.
        CumulativeFluxMoments others = CumulativeFluxMoments.Build(component, NonElectronFlavors);
        var rate = new double[Response.TrueNodeCount];
        for (int j = 0; j < rate.Length; j++)
        {
            double recoilMeV = Response.TrueRecoilMeV[j];
            double lowerMeV = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, 0);
            double perTarget = electron.FoldAbove(lowerMeV, InverseEnergyExpansion.StandardModel(NeutrinoFlavor.Electron, anti, recoilMeV))
                + others.FoldAbove(lowerMeV, InverseEnergyExpansion.StandardModel(NeutrinoFlavor.Muon, anti, recoilMeV));
            rate[j] = DifferentialRate.PerTonneYearPerMeV(perTarget, _electronsPerTonneAtNode[j]);
        }

        var counts = new double[Response.BinCount];
        Response.Apply(rate, counts);
        return [.. counts];
    }

    /// <summary>
    /// The plain evaluation of the SM counts of one component (<see cref="FluxFolding"/>), the reference of
    /// <see cref="StandardModelCountsOf"/>.
    /// </summary>
    internal ImmutableArray<double> PlainStandardModelCountsOf(FluxComponent component)
    {
        bool anti = component.IsAntineutrino;
        double MinimumEnergy(double recoilMeV) =>
            RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, 0);
        double[] electron = FoldThroughResponse(component, ElectronFlavor,
            (e, t) => ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, anti, e, t), MinimumEnergy);
        double[] others = FoldThroughResponse(component, NonElectronFlavors,
            (e, t) => ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, anti, e, t), MinimumEnergy);
        return [.. electron.Zip(others, (a, b) => a + b)];
    }

    /// <summary>
    /// Nuclear-recoil counts of one component: <see cref="FluxFolding"/> of dσ/dT_nr on every nucleus of the target, times
    /// its nuclei per tonne (seed 003 Eq. (6); seed 001 Eq. (21)), through the quenched response. The CEvNS cross sections
    /// have no electron-binding structure and few bins, so the plain folding is fast enough (no moment tables).
    /// </summary>
    private ImmutableArray<double> NuclearCounts(
        FluxComponent component, ArrivalWeights weights, Func<Nucleus, double, double, double> dsigma, double m4MeV)
    {
        TargetMaterial material = TargetCatalog.Find(Definition.TargetMaterial);
        var rate = new double[Response.TrueNodeCount];
        foreach (TargetConstituent constituent in material.Constituents)
        {
            Nucleus nucleus = constituent.Nucleus;
            double nucleiPerTonne = material.NucleiPerTonne(constituent);
            for (int j = 0; j < rate.Length; j++)
            {
                double perTarget = FluxFolding.RatePerTargetPerSPerMeV(component, weights, (e, t) => dsigma(nucleus, e, t),
                    t => RecoilKinematics.MinimumNeutrinoEnergyMeV(t, nucleus.MassMeV, m4MeV), Response.TrueRecoilMeV[j]);
                rate[j] += DifferentialRate.PerTonneYearPerMeV(perTarget, nucleiPerTonne);
            }
        }

        var counts = new double[Response.BinCount];
        Response.Apply(rate, counts);
        return [.. counts];
    }

    private double[] FoldThroughResponse(FluxComponent component, ArrivalWeights weights, DifferentialCrossSection dsigma, MinimumNeutrinoEnergy emin)
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
    /// The non-ν background: the published total background minus our own SM ν prediction when the publication's total
    /// includes it (so that ν are counted once, with flux nuisances; bins where our SM prediction exceeds the total are set
    /// to zero), or the published background itself when it is the non-ν background alone; plus, when declared, the
    /// fraction <see cref="ExperimentDefinition.BackgroundFractionOfStandardModel"/> of our SM counts (seed 001 Eq. (27)).
    /// </summary>
    private BackgroundComponent NonNeutrinoBackground()
    {
        var counts = new double[Data.BinCount];
        for (int k = 0; k < counts.Length; k++)
        {
            double standardModel = StandardModelCounts.Sum(c => c[k]);
            double published = Data.PublishedBackgroundCounts[k] - (Data.BackgroundIncludesStandardModel ? standardModel : 0);
            counts[k] = Math.Max(0, published) + (Definition.BackgroundFractionOfStandardModel * standardModel);
        }

        return new BackgroundComponent($"{Definition.Id}:background", [.. counts], Definition.BackgroundRelativeUncertainty);
    }

    /// <summary>The Asimov data set: SM counts of every flux component plus every background, per bin, at nominal nuisances.</summary>
    private ImmutableArray<double> AsimovCounts()
    {
        var counts = new double[Data.BinCount];
        for (int k = 0; k < counts.Length; k++)
        {
            counts[k] = StandardModelCounts.Sum(c => c[k]) + Backgrounds.Sum(b => b.CountsPerBin[k]);
        }

        return [.. counts];
    }

    /// <summary>
    /// The true-recoil grid: uniform steps, plus a node on each side of every atomic shell edge inside it when the
    /// step-function binding is used, so that trapezoid integration does not smear the steps. For nuclear recoils the grid
    /// is in T_nr and also holds the T_nr of every bin edge, so that a sharp (σ = 0) response does not smear the edges.
    /// </summary>
    private static double[] TrueGrid(ExperimentDefinition definition, BindingModel binding, ImmutableArray<double> binEdgesMeV)
    {
        var nodes = definition.UniformTrueGridMeV().ToList();
        if (definition.NuclearRecoilQuenching is { } quenching)
        {
            nodes.AddRange(binEdgesMeV.Select(quenching.NuclearRecoilMeV).Where(t => t > nodes[0] && t < nodes[^1]));
        }
        else if (binding == BindingModel.StepFunction)
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
