using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Rates;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Rates;

/// <summary>The Standard-Model solar-ν electron-recoil rate in xenon against a published large-xenon-detector study (issue 2).</summary>
public class SolarElectronRecoilRateTests
{
    /// <summary>dR/dT [events t⁻¹ yr⁻¹ MeV⁻¹] of one component, free electrons, all arriving flavors with their own SM cross sections.</summary>
    private static double RatePerTonneYearPerMeV(FluxComponent component, double recoilMeV)
    {
        double electronsPerTonne = TargetCatalog.Find("Xe").ElectronsPerTonne;
        double MinimumEnergy(double t) => RecoilKinematics.MinimumNeutrinoEnergyMeV(t, PhysicalConstants.ElectronMassMeV, 0);
        double electron = FluxFolding.RatePerTargetPerSPerMeV(component, FlavorProbabilities.Pure(NeutrinoFlavor.Electron),
            (e, t) => ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, e, t), MinimumEnergy, recoilMeV);
        double others = FluxFolding.RatePerTargetPerSPerMeV(component, new FlavorProbabilities(0, 1, 1),
            (e, t) => ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, e, t), MinimumEnergy, recoilMeV);
        return DifferentialRate.PerTonneYearPerMeV(electron + others, electronsPerTonne);
    }

    /// <summary>Σ over the 0.1-keV midpoint grid of dR/dT·ΔT between two recoil energies [keV].</summary>
    private static double EventsPerTonneYear(FluxComponent component, double fromKeV, double toKeV)
    {
        const double stepKeV = 0.1;
        int steps = (int)Math.Round((toKeV - fromKeV) / stepKeV);
        double sum = 0;
        for (int i = 0; i < steps; i++)
        {
            double recoilMeV = (fromKeV + ((i + 0.5) * stepKeV)) * PhysicalConstants.MeVPerKeV;
            sum += RatePerTonneYearPerMeV(component, recoilMeV) * stepKeV * PhysicalConstants.MeVPerKeV;
        }

        return sum;
    }

    /// <summary>
    /// L. Baudis et al., "Neutrino physics with multi-ton scale liquid xenon detectors", JCAP 01 (2014) 044, arXiv:1309.7024:
    /// 5900 pp-neutrino ν–e events in 2–30 keV for 14 t of natural xenon over 5 years, i.e. 84.3 events t⁻¹ yr⁻¹ (free
    /// electrons, LMA oscillations). Tolerance 10%: that study used an older solar model (BS05 pp flux 5.99×10¹⁰, within
    /// 0.2% of B16), an older P_ee and smeared the spectrum with its detector resolution, which moves events across the
    /// 2-keV edge of a window in which the pp spectrum is nearly flat.
    /// </summary>
    [Fact]
    public void PpRate_InXenonFrom2To30KeV_MatchesBaudis2014()
    {
        FluxComponent pp = StandardSolarFlux.Components.Single(c => c.Name == "pp");
        Tolerance.AssertRelative(5900.0 / (14 * 5), EventsPerTonneYear(pp, 2, 30), 0.10, "pp ν–e events per t·yr in 2–30 keV (Baudis et al. 2014)");
    }

    /// <summary>
    /// Cross-check inside the project's data: XENONnT's own solar-ν component of B0 (digitized, efficiency applied, data/xenonnt_sr0_2022)
    /// holds 78.2 events in 1–30 keV for 1.16 t·yr. Our free-electron prediction through XENONnT's efficiency and resolution is larger,
    /// because XENONnT's model includes atomic binding (Chen et al. 2017: −25% at the lowest energies) — so we require agreement within 25%
    /// with free electrons and within 10% with the step-function binding of seed 001 Eq. (16).
    /// </summary>
    [Theory]
    [InlineData(BindingModel.FreeElectron, 0.25)]
    [InlineData(BindingModel.StepFunction, 0.10)]
    public void XenonNTStandardModelCounts_WhenComparedWithDigitizedB0Component_Agree(BindingModel binding, double tolerance)
    {
        var xenonnt = PreparedExperiment.Prepare(XenonNT2022.Definition, binding);
        double predicted = xenonnt.StandardModelCounts.Sum(c => c.Sum());
        Tolerance.AssertRelative(78.2, predicted, tolerance, $"SM solar-ν counts in XENONnT 1–30 keV ({binding})");
    }
}
