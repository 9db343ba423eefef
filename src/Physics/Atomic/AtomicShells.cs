namespace DipolePortal.Physics.Atomic;

/// <summary>The subshells of one neutral atom, for the step-function binding correction of electron scattering.</summary>
/// <param name="Element">Element name, e.g. "xenon".</param>
/// <param name="Z">Atomic number (= Σ n_i).</param>
/// <param name="Shells">Subshells, any order.</param>
public sealed record AtomicShells(string Element, int Z, IReadOnlyList<AtomicShell> Shells)
{
    /// <summary>
    /// Fraction of the Z electrons that a recoil T can ionize: Σ_i n_i θ(T − B_i) / Z [dimensionless, 0–1], counting a
    /// subshell when B_i &lt; T. Seed 001 Eq. (16), normalized to 1 as its footnote 3 states (Chen et al., PLB 774, 656
    /// (2017), arXiv:1610.04177). Multiplies the free-electron dσ/dT per electron.
    /// </summary>
    /// <param name="recoilMeV">Electron recoil kinetic energy T [MeV].</param>
    public double StepFunctionFraction(double recoilMeV)
    {
        int open = 0;
        foreach (AtomicShell shell in Shells)
        {
            if (shell.BindingEnergyMeV < recoilMeV)
            {
                open += shell.Electrons;
            }
        }

        return (double)open / Z;
    }

    /// <summary>Number of electrons with B_i &lt; T [count]; Z times <see cref="StepFunctionFraction"/>.</summary>
    /// <param name="recoilMeV">Electron recoil kinetic energy T [MeV].</param>
    public int OpenElectrons(double recoilMeV) => Shells.Where(s => s.BindingEnergyMeV < recoilMeV).Sum(s => s.Electrons);
}
