using System.Collections.Concurrent;
using DipolePortal.Physics.Data;
using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Units;
using Reaction = DipolePortal.Physics.Sources.SolarModelB16.Reaction;

namespace DipolePortal.Physics.Sources;

/// <summary>The solar neutrino flux at the Earth, component by component, with its flavor composition on arrival.</summary>
public static class SolarNeutrinos
{
    /// <summary>Computed sets by options (records compare by value); the components are immutable, so sharing is safe.</summary>
    private static readonly ConcurrentDictionary<SolarOscillationOptions, IReadOnlyList<FluxComponent>> Cache = new();

    /// <summary>The names of the components, in the order <see cref="B16Gs98"/> returns them.</summary>
    public static IReadOnlyList<string> ComponentNames { get; } =
        ["pp", "pep", "hep", "7Be-384", "7Be-862", "8B", "13N", "15O", "17F"];

    /// <summary>
    /// The nine solar ν_e components normalized to the B16-GS98 standard solar model, with (P_ee, P_eμ, P_eτ) at
    /// every node, and (P₁, P₂, P₃) for the Λ_i4 hypotheses (<see cref="SolarFlavorComposition.MassStatesAt"/>).
    /// </summary>
    /// <remarks>
    /// Totals and 1σ fractional uncertainties: Vinyoles et al., ApJ 835, 202 (2017), arXiv:1611.09867 (GS98
    /// column); the ⁷Be flux is split 10.3% / 89.7% between the 384.3 keV and 861.3 keV lines, both carrying the
    /// ⁷Be uncertainty. Shapes: pp and hep from Bahcall, PRC 56, 3391 (1997); ¹³N, ¹⁵O, ¹⁷F from Bahcall &amp;
    /// Ulrich, RMP 60, 297 (1988); ⁸B from Winter et al., PRC 73, 025503 (2006); pep a line at 1.442 MeV.
    /// Flavors: <see cref="SolarFlavorComposition.At"/> averaged over each reaction's B16-GS98 production
    /// profile. Seed 002 Eqs. (3)–(4).
    /// </remarks>
    /// <param name="options">Oscillation parameters and whether to include day–night regeneration.</param>
    public static IReadOnlyList<FluxComponent> B16Gs98(SolarOscillationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Parameters.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Parameters, "oscillation parameters out of range");
        }

        return Cache.GetOrAdd(options, Compute);
    }

    private static IReadOnlyList<FluxComponent> Compute(SolarOscillationOptions options)
    {
        IReadOnlyList<double[]> lines = TableReader.ReadBundled("solar_spectra/lines.csv");
        return
        [
            Continuous("pp", Reaction.Pp, "solar_spectra/pp.csv", options),
            Line("pep", Reaction.Pep, lines[2], options),
            Continuous("hep", Reaction.Hep, "solar_spectra/hep.csv", options),
            Line("7Be-384", Reaction.Beryllium7, lines[0], options),
            Line("7Be-862", Reaction.Beryllium7, lines[1], options),
            Continuous("8B", Reaction.Boron8, "solar_spectra/b8_winter2006.csv", options),
            Continuous("13N", Reaction.Nitrogen13, "solar_spectra/n13.csv", options),
            Continuous("15O", Reaction.Oxygen15, "solar_spectra/o15.csv", options),
            Continuous("17F", Reaction.Fluorine17, "solar_spectra/f17.csv", options),
        ];
    }

    private static FluxComponent Continuous(string name, Reaction reaction, string shapeFile, SolarOscillationOptions options)
    {
        IReadOnlyList<double[]> rows = TableReader.ReadBundled(shapeFile);
        double[] energiesMeV = TableReader.Column(rows, 0);
        SolarProductionRegion region = SolarModelB16.ProductionRegion(reaction);
        return new FluxComponent
        {
            Name = name,
            TotalFluxPerCm2PerS = SolarModelB16.TotalFluxPerCm2PerS(reaction),
            RelativeUncertainty = SolarModelB16.RelativeUncertainty(reaction),
            IsAntineutrino = false,
            EnergiesMeV = [.. energiesMeV],
            DensityPerMeV = SpectrumGrid.Normalize(energiesMeV, TableReader.Column(rows, 1), name),
            ArrivingFlavors = [.. energiesMeV.Select(e => SolarFlavorComposition.At(e, region, options))],
            ArrivingMassStates = [.. energiesMeV.Select(e => SolarFlavorComposition.MassStatesAt(e, region, options))],
        };
    }

    private static FluxComponent Line(string name, Reaction reaction, double[] lineRow, SolarOscillationOptions options)
    {
        double energyMeV = lineRow[1];
        double branching = lineRow[2];
        return new FluxComponent
        {
            Name = name,
            TotalFluxPerCm2PerS = branching * SolarModelB16.TotalFluxPerCm2PerS(reaction),
            RelativeUncertainty = SolarModelB16.RelativeUncertainty(reaction),
            IsAntineutrino = false,
            EnergiesMeV = [energyMeV],
            DensityPerMeV = [],
            ArrivingFlavors = [SolarFlavorComposition.At(energyMeV, SolarModelB16.ProductionRegion(reaction), options)],
            ArrivingMassStates = [SolarFlavorComposition.MassStatesAt(energyMeV, SolarModelB16.ProductionRegion(reaction), options)],
        };
    }
}
