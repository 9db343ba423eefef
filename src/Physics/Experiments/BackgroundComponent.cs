using System.Collections.Immutable;

namespace DipolePortal.Physics.Experiments;

/// <summary>A non-neutrino background in an experiment's bins, with the 1σ fractional prior of its normalization β_j.</summary>
/// <param name="Name">Name used in nuisance outputs (e.g. "B0-non-nu").</param>
/// <param name="CountsPerBin">Expected counts per reconstructed-energy bin at β = 0.</param>
/// <param name="RelativeUncertainty">σ_β, the 1σ fractional uncertainty of the normalization (seed 002 Eq. (7)).</param>
public sealed record BackgroundComponent(string Name, ImmutableArray<double> CountsPerBin, double RelativeUncertainty);
