namespace DipolePortal.Coordinator.Tests.Contract;

/// <summary>The help texts are part of the contract: pinned by approval files.</summary>
public class HelpTextTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("scan")]
    [InlineData("limit")]
    [InlineData("xsec")]
    [InlineData("emin")]
    [InlineData("shining")]
    [InlineData("export")]
    public void Help_WhenAsked_MatchesItsApprovedText(string verb)
    {
        string[] args = verb == "root" ? ["--help"] : [verb, "--help"];
        var (exit, stdout, _) = ContractCli.Run(args);
        Assert.Equal(0, exit);
        Approvals.Verify($"help.{verb}", stdout);
    }

    [Fact]
    public void LimitHelp_StatesTheBindingDefault()
    {
        var (_, stdout, _) = ContractCli.Run("limit", "--help");
        Assert.Contains("defaults to free electrons", stdout, StringComparison.Ordinal);
    }
}
