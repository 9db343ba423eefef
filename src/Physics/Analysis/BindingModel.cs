namespace DipolePortal.Physics.Analysis;

/// <summary>How atomic binding enters electron-recoil rates.</summary>
public enum BindingModel
{
    /// <summary>Free electrons at rest: Z electrons per atom at every recoil energy (seed 000's approximation; the default).</summary>
    FreeElectron,

    /// <summary>Step-function suppression Σ_i n_i θ(T − B_i)/Z, seed 001 Eq. (16) (Chen et al., arXiv:1610.04177).</summary>
    StepFunction,
}
