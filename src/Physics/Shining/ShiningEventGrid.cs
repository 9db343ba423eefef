using System.Collections.Immutable;

namespace DipolePortal.Physics.Shining;

/// <summary>Expected shining-CEvNS events on an (m4, μ) grid; rows follow M4sMeV, columns MusBohr.</summary>
/// <param name="M4sMeV">The m4 values [MeV].</param>
/// <param name="MusBohr">The μ values [μ_B].</param>
/// <param name="Nature">Dirac or Majorana ν4.</param>
/// <param name="Events">Events with the decay inside the decay region, [m4 index][μ index] [dimensionless].</param>
/// <param name="MaximumEvents">The "max" variant: up-scattering above threshold with every decay seen [dimensionless].</param>
public sealed record ShiningEventGrid(
    ImmutableArray<double> M4sMeV,
    ImmutableArray<double> MusBohr,
    NeutrinoNature Nature,
    ImmutableArray<ImmutableArray<double>> Events,
    ImmutableArray<ImmutableArray<double>> MaximumEvents);
