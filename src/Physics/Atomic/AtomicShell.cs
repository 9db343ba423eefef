namespace DipolePortal.Physics.Atomic;

/// <summary>One atomic (sub)shell: its label, binding energy and occupation.</summary>
/// <param name="Label">X-ray level and orbital, e.g. "M2 3p1/2".</param>
/// <param name="BindingEnergyMeV">Binding energy B_i [MeV].</param>
/// <param name="Electrons">Occupation n_i [count].</param>
public sealed record AtomicShell(string Label, double BindingEnergyMeV, int Electrons);
