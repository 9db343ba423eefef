using System.Text.Json;
using DipolePortal.Messages;

namespace DipolePortal.Messages.Tests;

public sealed class MessageRoundTripTests
{
    [Fact]
    public void ShardResult_WhenRoundTripped_IsByteIdenticalAndBitExact()
    {
        ShardResult result = SampleMessages.Result();
        string json = JsonSerializer.Serialize(result, MessagesJsonContext.Default.ShardResult);
        ShardResult back = JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardResult)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, MessagesJsonContext.Default.ShardResult));
        Assert.Equal(result.Key, back.Key);
        M4PointResult a = result.Points[0];
        M4PointResult b = back.Points[0];
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.M4MeV), BitConverter.DoubleToInt64Bits(b.M4MeV));
        Assert.Equal(a.Chi2.Select(BitConverter.DoubleToInt64Bits), b.Chi2.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(a.MuBestfitMuB, b.MuBestfitMuB);
        Assert.Equal(double.PositiveInfinity, b.MuLimitMuB);
    }

    [Fact]
    public void ShardResult_WhenExpectedBandsArePresentOrAbsent_RoundTripsAndOldResultsLoad()
    {
        ShardResult old = SampleMessages.Result();
        string oldJson = JsonSerializer.Serialize(old, MessagesJsonContext.Default.ShardResult);
        Assert.DoesNotContain("expected", oldJson, StringComparison.Ordinal); // a result without bands is written as before
        Assert.Null(JsonSerializer.Deserialize(oldJson, MessagesJsonContext.Default.ShardResult)!.Points[0].Expected);

        var bands = new ExpectedLimitBands
        {
            PseudoExperiments = 200, MedianMuB = 1.2e-11, Minus1SigmaMuB = 9e-12, Plus1SigmaMuB = 1.5e-11,
            Minus2SigmaMuB = 7e-12, Plus2SigmaMuB = 1.8e-11,
        };
        ShardResult withBands = old with { Points = [old.Points[0] with { Expected = bands }] };
        string json = JsonSerializer.Serialize(withBands, MessagesJsonContext.Default.ShardResult);
        Assert.Equal(bands, JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardResult)!.Points[0].Expected);
    }

    [Fact]
    public void Chi2_IsWrittenAsBase64Binary64_AndKeepsNonFiniteValuesAndSignedZero()
    {
        double[] values = [double.PositiveInfinity, double.NaN, -0.0, 1.0 / 3.0, double.Epsilon];
        var result = new ShardResult { Key = SampleMessages.Key(), Points = [SampleMessages.Result().Points[0] with { Chi2 = values }] };
        string json = JsonSerializer.Serialize(result, MessagesJsonContext.Default.ShardResult);

        // 5 × 8 bytes, little-endian: +∞ is 00 00 00 00 00 00 F0 7F.
        string written = JsonDocument.Parse(json).RootElement.GetProperty("points")[0].GetProperty("chi2").GetString()!;
        byte[] bytes = Convert.FromBase64String(written);
        Assert.Equal(40, bytes.Length);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0xF0, 0x7F }, bytes[..8]);
        ShardResult back = JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardResult)!;
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), back.Points[0].Chi2.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Chi2_FromAnArrayOrAnyOtherList_IsWrittenAsTheSameBytes()
    {
        // An array's memory is written as it is; another list goes value by value.
        double[] values = [double.NegativeInfinity, -0.0, 2.5e-300, 1.0 / 7.0, 22.96740856670692];
        string Json(IReadOnlyList<double> chi2) => JsonSerializer.Serialize(
            new ShardResult { Key = SampleMessages.Key(), Points = [SampleMessages.Result().Points[0] with { Chi2 = chi2 }] },
            MessagesJsonContext.Default.ShardResult);

        Assert.Equal(Json(values.ToList()), Json(values));
        Assert.Equal(Json(values.ToList()), Json(System.Collections.Immutable.ImmutableArray.Create(values)));
    }

    [Fact]
    public void Chi2_WhenStoredAsDecimalArrayByAnEarlierBuild_StillLoadsBitExact()
    {
        string earlier = """
            {"schema_version":1,"key":{"scan_id":"s","experiment_set":"xenonnt","flavor":"e","block_index":0},
             "points":[{"m4_MeV":0.01,"chi2":[22.96740856670692,0.30000000000000004,"Infinity","NaN",5E-324],
             "mu_bestfit_muB":0,"chi2_min":22.9,"mu_limit_muB":"Infinity","chi2_at_zero":22.9}]}
            """;
        IReadOnlyList<double> chi2 = JsonSerializer.Deserialize(earlier, MessagesJsonContext.Default.ShardResult)!.Points[0].Chi2;

        double[] expected = [22.96740856670692, 0.30000000000000004, double.PositiveInfinity, double.NaN, 5e-324];
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), chi2.Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [InlineData("\"AAAA\"", "not a multiple of 8")]
    [InlineData("42", "expected a base64 string")]
    [InlineData("[1, \"many\"]", "'many' is not a number")]
    public void Chi2_WhenMalformed_IsRejectedWithAReason(string chi2, string reason)
    {
        string json = $$"""
            {"schema_version":1,"key":{"scan_id":"s","experiment_set":"xenonnt","flavor":"e","block_index":0},
             "points":[{"m4_MeV":0.01,"chi2":{{chi2}},"mu_bestfit_muB":0,"chi2_min":1,"mu_limit_muB":1,"chi2_at_zero":1}]}
            """;
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardResult));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.30000000000000004)]
    [InlineData(1.0 / 3.0)]
    [InlineData(5e-324)]
    [InlineData(1.7976931348623157e308)]
    [InlineData(-2.2250738585072014e-308)]
    [InlineData(1.0000000000000002)]
    [InlineData(6.02214076e23)]
    public void Double_WhenSerialized_RoundTripsExactly(double value)
    {
        var point = new M4PointResult
        {
            M4MeV = value, Chi2 = [value], MuBestfitMuB = value, Chi2Min = value, MuLimitMuB = value, Chi2AtZero = value,
        };
        var result = new ShardResult { Key = SampleMessages.Key(), Points = [point] };
        string json = JsonSerializer.Serialize(result, MessagesJsonContext.Default.ShardResult);
        ShardResult back = JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardResult)!;

        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(back.Points[0].Chi2[0]));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(back.Points[0].M4MeV));
    }

    [Fact]
    public void ScanSpec_WhenRoundTripped_HasSameCanonicalJsonAndHash()
    {
        ScanSpec spec = SampleMessages.Spec();
        ScanSpec back = JsonSerializer.Deserialize(spec.ToCanonicalJson(), MessagesJsonContext.Default.ScanSpec)!;

        Assert.Equal(spec.ToCanonicalJson(), back.ToCanonicalJson());
        Assert.Equal(spec.ComputeHash(), back.ComputeHash());
        Assert.Empty(back.Validate());
    }

    [Fact]
    public void ShardTask_WhenRoundTripped_KeepsEveryField()
    {
        var task = new ShardTask
        {
            Key = SampleMessages.Key(),
            Experiments = ["xenonnt", "pandax4t-run1"],
            M4MeV = [0.001, 0.0011233240329780276],
            MuMuB = [1e-12, 1e-8],
            Cl = 0.9,
            Binding = "step",
        };
        string json = JsonSerializer.Serialize(task, MessagesJsonContext.Default.ShardTask);
        ShardTask back = JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardTask)!;

        Assert.Equal(task.Key, back.Key);
        Assert.Equal(task.M4MeV, back.M4MeV);
        Assert.Equal(task.MuMuB, back.MuMuB);
        Assert.Equal("step", back.Binding);
        Assert.Equal(json, JsonSerializer.Serialize(back, MessagesJsonContext.Default.ShardTask));
    }

    [Fact]
    public void ScanStatus_WhenRoundTripped_KeepsFailures()
    {
        var status = new ScanStatus
        {
            ScanId = "s", SpecHash = "ab", Total = 3, Pending = 1, Leased = 0, Done = 1, Failed = 1,
            Failures = [new ShardFailure { Key = SampleMessages.Key(), Attempts = 3, Error = "boom" }],
        };
        string json = JsonSerializer.Serialize(status, MessagesJsonContext.Default.ScanStatus);
        ScanStatus back = JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ScanStatus)!;

        Assert.Equal("boom", back.Failures[0].Error);
        Assert.Equal(json, JsonSerializer.Serialize(back, MessagesJsonContext.Default.ScanStatus));
        Assert.DoesNotContain("is_settled", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ShardKey_WhenJsonIsMalformed_ThrowsFromItsConstructor()
    {
        const string json = """{"scan_id":"bad name","experiment_set":"xenonnt","flavor":"e","block_index":0}""";
        Assert.ThrowsAny<ArgumentException>(() => JsonSerializer.Deserialize(json, MessagesJsonContext.Default.ShardKey));
    }
}
