using System.Collections.Concurrent;
using DipolePortal.Physics.Experiments;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// One <see cref="PreparedExperiment"/> per (experiment, binding) per process, built on first use and shared by
/// every shard and thread (it is immutable once built).
/// </summary>
public static class PreparedExperimentCache
{
    private static readonly ConcurrentDictionary<(string Id, BindingModel Binding), Lazy<PreparedExperiment>> Cache = new();

    /// <summary>The prepared experiment, building it on first use.</summary>
    /// <remarks>A failure (e.g. a user data file not there yet) is not cached: a long-lived worker retries once the file appears.</remarks>
    public static PreparedExperiment Get(ExperimentDefinition definition, BindingModel binding)
    {
        var key = (definition.Id, binding);
        Lazy<PreparedExperiment> lazy = Cache.GetOrAdd(key, k => new Lazy<PreparedExperiment>(() => PreparedExperiment.Prepare(definition, k.Binding)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            Cache.TryRemove(new KeyValuePair<(string, BindingModel), Lazy<PreparedExperiment>>(key, lazy));
            throw;
        }
    }

    /// <summary>The prepared experiments of a set, in order.</summary>
    public static IReadOnlyList<PreparedExperiment> Get(IEnumerable<string> experimentIds, BindingModel binding) =>
        experimentIds.Select(id => Get(ExperimentRegistry.Find(id), binding)).ToList();
}
