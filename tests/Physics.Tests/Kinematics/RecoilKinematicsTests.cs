using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Kinematics;

public class RecoilKinematicsTests
{
    private const double Me = PhysicalConstants.ElectronMassMeV;

    // ¹³²Xe nuclear mass: 131.9041551 u × 931.49410242 MeV/u − 54 m_e (AME2020).
    private static readonly double XenonMassMeV = 131.9041551 * PhysicalConstants.AtomicMassUnitMeV - 54 * Me;

    [Theory]
    [InlineData(1e-4)]
    [InlineData(0.01)]
    [InlineData(1.0)]
    public void MinimumNeutrinoEnergy_WhenM4IsZero_EqualsMasslessFormula(double recoilMeV)
    {
        foreach (double massMeV in new[] { Me, XenonMassMeV })
        {
            // seed 003 Eq. (7): E_min = (T/2)(1 + √(1 + 2M/T))
            double expected = recoilMeV / 2 * (1 + Math.Sqrt(1 + 2 * massMeV / recoilMeV));
            Tolerance.AssertRelative(expected, RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, massMeV, 0.0), 1e-12,
                $"E_min(m4=0) vs seed 003 Eq. (7), M = {massMeV} MeV");
        }
    }

    [Theory]
    [InlineData(0.001, 0.01)]
    [InlineData(0.01, 0.3)]
    [InlineData(0.5, 1.0)]
    [InlineData(2.0, 0.05)]
    public void MinimumNeutrinoEnergy_ForElectrons_EqualsSeed002Eq6(double recoilMeV, double m4MeV)
    {
        // seed 002 Eq. (6): E_min = (T/2)(1 + √(1 + 2m_e/T))(1 + m4²/(2 m_e T))
        double expected = recoilMeV / 2 * (1 + Math.Sqrt(1 + 2 * Me / recoilMeV)) * (1 + m4MeV * m4MeV / (2 * Me * recoilMeV));
        Tolerance.AssertRelative(expected, RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, Me, m4MeV), 1e-12,
            "general E_min vs seed 002 Eq. (6)");
    }

    [Theory]
    [InlineData(0.5, 0.3)]
    [InlineData(1.0, 0.3)]
    public void MinimumNeutrinoEnergy_Seed003Eq8AsPrinted_DisagreesWithEq7AtZeroMass(double recoilMeV, double minRelativeGap)
    {
        // Documented typo: seed 003 Eq. (8) prints (m4² + 2MT)/(2√(T(T+2M)) − T); at m4 = 0 it must reduce to Eq. (7) but does
        // not (it is short by T/4 at T ≪ M, and by O(1) where T ~ M, as for electrons). Ours has 2(√(T(T+2M)) − T).
        double t = recoilMeV;
        double printed = 2 * Me * t / (2 * Math.Sqrt(t * (t + 2 * Me)) - t);
        double eq7 = t / 2 * (1 + Math.Sqrt(1 + 2 * Me / t));
        double ours = RecoilKinematics.MinimumNeutrinoEnergyMeV(t, Me, 0.0);
        Tolerance.AssertRelative(eq7, ours, 1e-12, "ours reduces to seed 003 Eq. (7)");
        Assert.True(Math.Abs(printed / eq7 - 1) > minRelativeGap, $"printed Eq. (8) {printed} should differ from Eq. (7) {eq7}");
    }

    [Theory]
    [InlineData(0.5, 0.01)]
    [InlineData(1.0, 0.3)]
    [InlineData(40.0, 5.0)]   // E_th = 5 + 25/(2m_e) = 29.5 MeV
    [InlineData(0.8, 0.3)]    // E_th = 0.388 MeV
    public void AllowedRecoil_Electron_RoundTripsThroughMinimumEnergy(double energyMeV, double m4MeV)
    {
        RecoilInterval interval = RecoilKinematics.AllowedRecoilMeV(energyMeV, Me, m4MeV);
        Assert.False(interval.IsEmpty);
        Assert.True(interval.MinMeV > 0, "T_min > 0 for m4 > 0");
        Tolerance.AssertRelative(energyMeV, RecoilKinematics.MinimumNeutrinoEnergyMeV(interval.MinMeV, Me, m4MeV), 1e-9, "E_min(T_min) = E");
        Tolerance.AssertRelative(energyMeV, RecoilKinematics.MinimumNeutrinoEnergyMeV(interval.MaxMeV, Me, m4MeV), 1e-9, "E_min(T_max) = E");
        double mid = 0.5 * (interval.MinMeV + interval.MaxMeV);
        Assert.True(RecoilKinematics.IsAllowed(energyMeV, mid, Me, m4MeV));
        Assert.False(RecoilKinematics.IsAllowed(energyMeV, interval.MaxMeV * 1.001, Me, m4MeV));
        Assert.False(RecoilKinematics.IsAllowed(energyMeV, interval.MinMeV * 0.999, Me, m4MeV));
    }

    [Theory]
    [InlineData(0.01, 1e-3)]
    [InlineData(10.0, 1e-2)]
    [InlineData(50.0, 5.0)]
    public void AllowedRecoil_Nucleus_RoundTripsThroughMinimumEnergy(double energyMeV, double m4MeV)
    {
        RecoilInterval interval = RecoilKinematics.AllowedRecoilMeV(energyMeV, XenonMassMeV, m4MeV);
        Tolerance.AssertRelative(energyMeV, RecoilKinematics.MinimumNeutrinoEnergyMeV(interval.MinMeV, XenonMassMeV, m4MeV), 1e-9, "E_min(T_min) = E");
        Tolerance.AssertRelative(energyMeV, RecoilKinematics.MinimumNeutrinoEnergyMeV(interval.MaxMeV, XenonMassMeV, m4MeV), 1e-9, "E_min(T_max) = E");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0)]
    [InlineData(100.0)]
    public void MaximumRecoil_WhenM4IsZero_Is2E2OverMPlus2E(double energyMeV)
    {
        foreach (double massMeV in new[] { Me, XenonMassMeV })
        {
            double expected = 2 * energyMeV * energyMeV / (massMeV + 2 * energyMeV);
            Tolerance.AssertRelative(expected, RecoilKinematics.MaximumRecoilMeV(energyMeV, massMeV, 0.0), 1e-12, "T_max(m4=0)");
            Assert.Equal(0.0, RecoilKinematics.AllowedRecoilMeV(energyMeV, massMeV, 0.0).MinMeV);
        }
    }

    [Fact]
    public void AllowedRecoil_BelowThreshold_IsEmpty()
    {
        double m4 = 0.3;
        double threshold = RecoilKinematics.ThresholdNeutrinoEnergyMeV(Me, m4);
        Tolerance.AssertRelative(0.3 + 0.09 / (2 * Me), threshold, 1e-15, "E_th = m4 + m4²/(2M)");
        Assert.True(RecoilKinematics.AllowedRecoilMeV(threshold * 0.999, Me, m4).IsEmpty);
        Assert.Equal(0.0, RecoilKinematics.MaximumRecoilMeV(threshold * 0.999, Me, m4));
        RecoilInterval above = RecoilKinematics.AllowedRecoilMeV(threshold * 1.001, Me, m4);
        Assert.False(above.IsEmpty);
        Assert.True(above.MaxMeV / above.MinMeV < 1.2, $"interval just above threshold should be narrow: {above}");
        // At threshold everything moves with the centre of mass: T* = M(γ_cm − 1) = m4²/(2(M + m4)); both roots meet there.
        RecoilInterval atThreshold = RecoilKinematics.AllowedRecoilMeV(threshold * (1 + 1e-10), Me, m4);
        double tStar = m4 * m4 / (2 * (Me + m4));
        Tolerance.AssertRelative(tStar, atThreshold.MinMeV, 1e-3, "T_min at threshold");
        Tolerance.AssertRelative(tStar, atThreshold.MaxMeV, 1e-3, "T_max at threshold");
    }

    [Fact]
    public void RecoilInterval_Contains_RespectsBoundsAndEmptiness()
    {
        var interval = new RecoilInterval(1.0, 2.0);
        Assert.True(interval.Contains(1.0));
        Assert.True(interval.Contains(2.0));
        Assert.False(interval.Contains(2.0000001));
        Assert.True(RecoilInterval.Empty.IsEmpty);
        Assert.False(RecoilInterval.Empty.Contains(1.0));
    }
}
