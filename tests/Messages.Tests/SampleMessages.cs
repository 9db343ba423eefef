using DipolePortal.Messages;

namespace DipolePortal.Messages.Tests;

internal static class SampleMessages
{
    public static ScanSpec Spec() => new()
    {
        Name = "xenonnt-flavors",
        Experiments = [["xenonnt"], ["pandax4t-run1"], ["xenonnt", "pandax4t-run1"]],
        Flavors = ["e", "mu", "tau", "universal"],
        M4MeV = new GridSpec { Min = 0.001, Max = 1.0, Points = 60, Spacing = "log" },
        MuMuB = new GridSpec { Min = 1.0e-12, Max = 1.0e-8, Points = 200, Spacing = "log" },
        Cl = 0.9,
    };

    public static ShardKey Key() => new("xenonnt-flavors", "xenonnt+pandax4t-run1", "mu", 3);

    public static ShardResult Result() => new()
    {
        Key = Key(),
        Points =
        [
            new M4PointResult
            {
                M4MeV = 0.1 + 0.2,
                Chi2 = [1.0 / 3.0, 2.718281828459045, 5e-324, double.MaxValue],
                MuBestfitMuB = 1.2345678901234567e-11,
                Chi2Min = 0.30000000000000004,
                MuLimitMuB = double.PositiveInfinity,
                Chi2AtZero = 12.5,
            },
        ],
    };
}
