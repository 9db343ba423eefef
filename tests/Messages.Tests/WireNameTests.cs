using System.Text.Json;
using DipolePortal.Messages;

namespace DipolePortal.Messages.Tests;

/// <summary>Pins the wire names: renaming a C# property must not change them.</summary>
public sealed class WireNameTests
{
    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void ScanSpec_WireNames_ArePinned()
    {
        using JsonDocument doc = JsonDocument.Parse(SampleMessages.Spec().ToCanonicalJson());
        Assert.Equal(
            ["schema_version", "name", "experiments", "flavors", "m4_MeV", "mu_muB", "cl", "shard_m4_points", "binding"],
            Names(doc.RootElement));
        Assert.Equal(["min", "max", "points", "spacing"], Names(doc.RootElement.GetProperty("m4_MeV")));
    }

    [Fact]
    public void ShardKey_WireNames_ArePinned()
    {
        // The default encoder escapes "+" as \u002B; the output is still plain, deterministic JSON.
        string json = JsonSerializer.Serialize(SampleMessages.Key(), MessagesJsonContext.Default.ShardKey);
        Assert.Equal("""{"scan_id":"xenonnt-flavors","experiment_set":"xenonnt\u002Bpandax4t-run1","flavor":"mu","block_index":3}""", json);
    }

    [Fact]
    public void ShardResult_WireNames_ArePinned()
    {
        using JsonDocument doc = JsonDocument.Parse(JsonSerializer.Serialize(SampleMessages.Result(), MessagesJsonContext.Default.ShardResult));
        Assert.Equal(["schema_version", "key", "points"], Names(doc.RootElement));
        Assert.Equal(
            ["m4_MeV", "chi2", "mu_bestfit_muB", "chi2_min", "mu_limit_muB", "chi2_at_zero"],
            Names(doc.RootElement.GetProperty("points")[0]));
    }

    [Fact]
    public void ShardTask_WireNames_ArePinned()
    {
        var task = new ShardTask
        {
            Key = SampleMessages.Key(), Experiments = ["xenonnt"], M4MeV = [1.0], MuMuB = [1e-10], Cl = 0.9, Binding = "free",
        };
        using JsonDocument doc = JsonDocument.Parse(JsonSerializer.Serialize(task, MessagesJsonContext.Default.ShardTask));
        Assert.Equal(["schema_version", "key", "experiments", "m4_MeV", "mu_muB", "cl", "binding"], Names(doc.RootElement));
    }

    [Fact]
    public void ScanStatus_WireNames_ArePinned()
    {
        var status = new ScanStatus
        {
            ScanId = "s", SpecHash = "h", Total = 0, Pending = 0, Leased = 0, Done = 0, Failed = 0,
            Failures = [new ShardFailure { Key = SampleMessages.Key(), Attempts = 1, Error = "e" }],
        };
        using JsonDocument doc = JsonDocument.Parse(JsonSerializer.Serialize(status, MessagesJsonContext.Default.ScanStatus));
        Assert.Equal(
            ["schema_version", "scan_id", "spec_hash", "total", "pending", "leased", "done", "failed", "failures"],
            Names(doc.RootElement));
        Assert.Equal(["key", "attempts", "error"], Names(doc.RootElement.GetProperty("failures")[0]));
    }
}
