using System.Reflection;
using System.Text.Json.Serialization;
using DipolePortal.Messages;

namespace DipolePortal.Messages.Tests;

/// <summary>Convention: every serialized property of every message names its wire field explicitly.</summary>
public sealed class WireConventionTests
{
    public static TheoryData<Type> MessageTypes() =>
    [
        typeof(ScanSpec), typeof(GridSpec), typeof(ShardKey), typeof(ShardTask), typeof(ShardResult), typeof(M4PointResult), typeof(ExpectedLimitBands),
        typeof(ScanStatus), typeof(ShardFailure),
    ];

    [Theory]
    [MemberData(nameof(MessageTypes))]
    public void EveryPublicProperty_HasJsonPropertyNameOrJsonIgnore(Type type)
    {
        PropertyInfo[] unnamed = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .ToArray();
        Assert.Empty(unnamed.Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(MessageTypes))]
    public void EveryMessage_IsSealed(Type type)
    {
        Assert.True(type.IsSealed, type.Name);
    }

    [Fact]
    public void TopLevelMessages_CarrySchemaVersion()
    {
        foreach (Type type in new[] { typeof(ScanSpec), typeof(ShardTask), typeof(ShardResult), typeof(ScanStatus) })
        {
            PropertyInfo? version = type.GetProperty("SchemaVersion");
            Assert.NotNull(version);
            Assert.Equal("schema_version", version.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name);
        }
    }
}
