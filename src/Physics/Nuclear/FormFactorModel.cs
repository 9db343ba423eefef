namespace DipolePortal.Physics.Nuclear;

/// <summary>Parametrization of the nuclear weak/charge form factor F(q), normalized to F(0) = 1.</summary>
public enum FormFactorModel
{
    /// <summary>Helm: F = 3j1(qR0)/(qR0)·exp(−q²s²/2). Seed 001 Eq. (13).</summary>
    Helm = 0,

    /// <summary>Klein–Nystrand: F = 3j1(qR_A)/(qR_A)·1/(1 + q²a_k²). Seed 001 footnote 2; PRC 60, 014903 (1999).</summary>
    KleinNystrand = 1,
}
