using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Statistics;

/// <summary>A χ² profile given in closed form as a function of μ [μ_B], for limit and contour tests.</summary>
internal sealed class AnalyticProfile(Func<double, double> chi2OfMuMuB) : IChi2Profile
{
    public int Calls { get; private set; }

    public double Chi2(double muSquaredMuB2)
    {
        Calls++;
        return chi2OfMuMuB(Math.Sqrt(muSquaredMuB2));
    }
}
