using System.Text.Json;

namespace DipolePortal.Coordinator.Tests.Contract;

/// <summary>The --json outputs of DESIGN.md's command line: one JSON object on stdout with the promised keys.</summary>
public class JsonShapeTests
{
    private static JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = ContractCli.Run(args);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    private static string Keys(JsonElement element) =>
        string.Join("\n", element.EnumerateObject().Select(p => $"{p.Name}: {p.Value.ValueKind}"));

    [Fact]
    public void Xsec_WhenJson_PrintsDsigmaDtAndItsInputs()
    {
        var json = Json("xsec", "--target", "electron", "--model", "dipole", "--enu", "1", "--recoil", "0.01", "--m4", "0.1", "--mu", "1e-11", "--json");
        Approvals.Verify("xsec.json-keys", Keys(json));
        Assert.True(json.GetProperty("dsigma_dT_cm2_per_MeV").GetDouble() > 0);
    }

    [Fact]
    public void Xsec_WhenForbidden_PrintsExactZero()
    {
        // E_ν = 0.4 MeV is below E_min(T = 0.1 MeV, m4 = 0.3 MeV) = 0.409 MeV.
        var json = Json("xsec", "--target", "electron", "--model", "dipole", "--enu", "0.4", "--recoil", "0.1", "--m4", "0.3", "--mu", "1e-10", "--json");
        Assert.Equal(0.0, json.GetProperty("dsigma_dT_cm2_per_MeV").GetDouble());
    }

    [Fact]
    public void Emin_WhenJson_MatchesSeed002Eq6ByHand()
    {
        var json = Json("emin", "--target", "electron", "--recoil", "0.001", "--m4", "0.3", "--json");
        Approvals.Verify("emin.json-keys", Keys(json));
        // (T/2)(1 + √(1 + 2m_e/T))(1 + m4²/(2m_eT)) with T = 0.001, m_e = 0.51099895: 0.0164894… × 89.0587… = 1.46884 MeV.
        const double me = 0.51099895;
        double expected = 0.0005 * (1 + Math.Sqrt(1 + (2 * me / 0.001))) * (1 + (0.09 / (2 * me * 0.001)));
        Assert.Equal(expected, json.GetProperty("emin_MeV").GetDouble(), 1e-12);
    }

    [Fact]
    public void Limit_WhenJson_PrintsTheContractKeys()
    {
        var json = Json("limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.01", "--json");
        Approvals.Verify("limit.json-keys", Keys(json));
        double limit = json.GetProperty("mu_limit_muB").GetDouble();
        Assert.InRange(limit, 0.5e-11, 2e-11);
    }

    [Fact]
    public void Experiments_WhenJson_ListsEveryExperimentWithACitation()
    {
        var json = Json("experiments", "--json");
        var experiments = json.GetProperty("experiments").EnumerateArray().ToList();
        Assert.Contains(experiments, e => e.GetProperty("id").GetString() == "xenonnt");
        // Every citation names the publication by an identifier a reader can follow: an arXiv number or a DOI.
        Assert.All(experiments, e => Assert.Matches("arXiv:|doi:", e.GetProperty("citation").GetString()));
    }
}
