using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Sources;

namespace DipolePortal.Physics.Experiments;

/// <summary>The solar flux every solar-neutrino experiment shares: B16-GS98 with the default oscillation options.</summary>
public static class StandardSolarFlux
{
    /// <summary>The nine B16-GS98 components with their arriving flavors (computed once per process, cached by the source).</summary>
    public static IReadOnlyList<FluxComponent> Components => SolarNeutrinos.B16Gs98(SolarOscillationOptions.Default);
}
