using DipolePortal.Coordinator.Cli;

namespace DipolePortal.Coordinator.Tests.Cli;

public sealed class CliErrorsTests
{
    [Fact]
    public void OneLine_ForAnArgumentProblem_DropsTheParameterSuffixItsTextAlreadyExplains()
    {
        var error = new ArgumentOutOfRangeException("m4MeV", -1.0, "m4 = -1 MeV is not allowed: the sterile mass must be ≥ 0");
        Assert.Equal("m4 = -1 MeV is not allowed: the sterile mass must be ≥ 0", CliErrors.OneLine(error));
    }

    [Fact]
    public void OneLine_ForANullArgument_KeepsTheParameterName()
    {
        // "Value cannot be null." alone cannot be traced; the parameter's name can (an internal error, to be reported).
        Assert.Equal("Value cannot be null. (Parameter 'host')", CliErrors.OneLine(new ArgumentNullException("host")));
    }
}
