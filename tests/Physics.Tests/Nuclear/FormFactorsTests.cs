using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Nuclear;

public class FormFactorsTests
{
    private static readonly Nucleus Caesium = TargetCatalog.Find("Cs").Constituents[0].Nucleus;
    private static readonly Nucleus Xenon131 = TargetCatalog.Find("Xe").Constituents.Single(c => c.Nucleus.MassNumber == 131).Nucleus;

    [Fact]
    public void BothModels_AtZeroMomentum_AreOne()
    {
        Tolerance.AssertAbsolute(1.0, FormFactors.Helm(Xenon131, 0.0), 1e-15, "Helm F(0)");
        Tolerance.AssertAbsolute(1.0, FormFactors.KleinNystrand(Caesium, 0.0), 1e-15, "KN F(0)");
        Tolerance.AssertAbsolute(1.0, FormFactors.Helm(Xenon131, 1e-6), 1e-12, "Helm F(q→0)");
    }

    [Fact]
    public void Helm_FirstZero_IsAtQR0Equal4Point493()
    {
        // j1(x) = 0 first at x = 4.493409457909064 (tan x = x).
        double r0 = FormFactors.HelmRadiusFm(Xenon131);
        double qZero = 4.493409457909064 / r0 * PhysicalConstants.HbarCMeVFm;
        Tolerance.AssertAbsolute(0.0, FormFactors.Helm(Xenon131, qZero), 1e-12, "Helm zero");
        Assert.True(FormFactors.Helm(Xenon131, 0.99 * qZero) > 0);
        Assert.True(FormFactors.Helm(Xenon131, 1.01 * qZero) < 0);
    }

    [Fact]
    public void Helm_AtSmallMomentum_MatchesRmsRadiusExpansion()
    {
        // F ≈ 1 − q²⟨r²⟩/6 with ⟨r²⟩ = (3/5)R0² + 3s² for the Helm distribution (box ⊗ Gaussian).
        double r0 = FormFactors.HelmRadiusFm(Xenon131);
        double rms2 = 0.6 * r0 * r0 + 3 * FormFactors.HelmSkinFm * FormFactors.HelmSkinFm;
        double q = 2.0 / PhysicalConstants.HbarCMeVFm;
        Tolerance.AssertRelative(1 - q * q * rms2 / 6, FormFactors.Helm(Xenon131, 2.0), 1e-6, "Helm small-q expansion");
    }

    [Fact]
    public void KleinNystrand_AtOnePoint_MatchesHandCalculation()
    {
        // ¹³³Cs, q = 50 MeV: R_A = 1.23 × 133^{1/3} = 6.2784965 fm; q = 50/197.3269804 = 0.25338646 fm⁻¹;
        // x = qR_A = 1.5908865; 3(sin x − x cos x)/x³ = 0.80376...; q a_k = 0.17737052, 1/(1 + 0.03146030) = 0.96949928;
        // F = 0.74529578.
        Tolerance.AssertRelative(0.74529578, FormFactors.KleinNystrand(Caesium, 50.0), 1e-7, "KN hand calculation");
        Tolerance.AssertRelative(6.2784965, FormFactors.KleinNystrandRadiusFm(Caesium), 1e-7, "R_A");
    }

    [Fact]
    public void Nucleus_FormFactorAt_FollowsItsModel()
    {
        Assert.Equal(FormFactorModel.KleinNystrand, Caesium.FormFactor);
        Assert.Equal(FormFactors.KleinNystrand(Caesium, 30), Caesium.FormFactorAt(30));
        Nucleus helmCaesium = Caesium with { FormFactor = FormFactorModel.Helm };
        Assert.Equal(FormFactors.Helm(Caesium, 30), helmCaesium.FormFactorAt(30));
    }
}
