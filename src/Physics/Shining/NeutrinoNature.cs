namespace DipolePortal.Physics.Shining;

/// <summary>Whether the sterile state ν4 is a Dirac or a Majorana fermion. See docs/physics.md, "Shining CEvNS".</summary>
public enum NeutrinoNature
{
    /// <summary>Dirac ν4: ν4 → ν γ only (ν̄4 → ν̄ γ for the antiparticle); the photon is emitted against the ν4 spin.</summary>
    Dirac,

    /// <summary>Majorana ν4: both ν4 → ν γ and ν4 → ν̄ γ, with equal rates; twice the Dirac width, isotropic photons.</summary>
    Majorana,
}
