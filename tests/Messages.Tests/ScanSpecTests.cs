using DipolePortal.Messages;

namespace DipolePortal.Messages.Tests;

public sealed class ScanSpecTests
{
    private const string CanonicalSample =
        """{"schema_version":1,"name":"xenonnt-flavors","experiments":[["xenonnt"],["pandax4t-run1"],["xenonnt","pandax4t-run1"]],"flavors":"""
        + """["e","mu","tau","universal"],"m4_MeV":{"min":0.001,"max":1,"points":60,"spacing":"log"},"mu_muB":"""
        + """{"min":1E-12,"max":1E-08,"points":200,"spacing":"log"},"cl":0.9,"shard_m4_points":10,"binding":"free"}""";

    [Fact]
    public void ToCanonicalJson_ForSample_IsPinned()
    {
        Assert.Equal(CanonicalSample, SampleMessages.Spec().ToCanonicalJson());
    }

    [Fact]
    public void ComputeHash_ForSample_IsSha256OfCanonicalJson()
    {
        string expected = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(CanonicalSample)));
        Assert.Equal(expected, SampleMessages.Spec().ComputeHash());
        Assert.Equal(64, expected.Length);
    }

    [Fact]
    public void ComputeHash_WhenAnyFieldChanges_Differs()
    {
        ScanSpec spec = SampleMessages.Spec();
        string hash = spec.ComputeHash();
        Assert.NotEqual(hash, (spec with { Cl = 0.95 }).ComputeHash());
        Assert.NotEqual(hash, (spec with { Binding = "step" }).ComputeHash());
        Assert.NotEqual(hash, (spec with { PseudoExperiments = 200 }).ComputeHash());
        Assert.NotEqual((spec with { PseudoExperiments = 200 }).ComputeHash(), (spec with { PseudoExperiments = 400 }).ComputeHash());
        Assert.Equal(hash, (spec with { PseudoExperiments = 0 }).ComputeHash()); // off is not written: old hashes stand
        Assert.NotEqual(hash, (spec with { M4MeV = spec.M4MeV with { Points = 61 } }).ComputeHash());
        Assert.Equal(hash, (spec with { }).ComputeHash());
    }

    [Fact]
    public void Validate_WhenFieldsAreBad_NamesEachKeyAndValue()
    {
        ScanSpec bad = SampleMessages.Spec() with
        {
            Name = "bad name",
            Flavors = ["e", "sterile"],
            Cl = 1.5,
            M4MeV = new GridSpec { Min = 2, Max = 1, Points = 3, Spacing = "lin" },
            MuMuB = new GridSpec { Min = 0, Max = 1, Points = 3, Spacing = "log" },
            Binding = "bound",
            ShardM4Points = 0,
        };
        IReadOnlyList<string> errors = bad.Validate();
        Assert.Contains(errors, e => e.StartsWith("name = 'bad name'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'sterile'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("cl = 1.5", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("m4_MeV: min = 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("mu_muB: min = 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("binding = 'bound'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("shard_m4_points = 0", StringComparison.Ordinal));
    }

    [Fact]
    public void ExperimentSetNames_ForJointFit_JoinsWithPlusInSpecOrder()
    {
        Assert.Equal(["xenonnt", "pandax4t-run1", "xenonnt+pandax4t-run1"], SampleMessages.Spec().ExperimentSetNames());
    }

    [Theory]
    [InlineData("", "xenonnt", "e", 0)]
    [InlineData("scan", "xenonnt+xenonnt", "e", 0)]
    [InlineData("scan", "XenonNT", "e", 0)]
    [InlineData("scan", "xenonnt", "electron", 0)]
    [InlineData("scan/1", "xenonnt", "e", 0)]
    public void ShardKey_WhenPartIsMalformed_Throws(string scan, string set, string flavor, int block)
    {
        Assert.ThrowsAny<ArgumentException>(() => new ShardKey(scan, set, flavor, block));
    }

    [Fact]
    public void ShardKey_WhenBlockIsNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardKey("scan", "xenonnt", "e", -1));
    }

    [Fact]
    public void ShardKey_ToString_IsSlashSeparated()
    {
        Assert.Equal("xenonnt-flavors/xenonnt+pandax4t-run1/mu/3", SampleMessages.Key().ToString());
    }
}
