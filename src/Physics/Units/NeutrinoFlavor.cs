namespace DipolePortal.Physics.Units;

/// <summary>Charged-lepton flavor of an active neutrino ν_ℓ (ℓ = e, μ, τ).</summary>
public enum NeutrinoFlavor
{
    /// <summary>ν_e.</summary>
    Electron = 0,

    /// <summary>ν_μ.</summary>
    Muon = 1,

    /// <summary>ν_τ.</summary>
    Tau = 2,
}
