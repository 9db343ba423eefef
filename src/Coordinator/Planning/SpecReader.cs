using System.Globalization;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Messages;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DipolePortal.Coordinator.Planning;

/// <summary>
/// Reads a scan spec (YAML, DESIGN.md "The scan spec") into a <see cref="ScanSpec"/>. Every problem is reported
/// with the key, the bad value and what is allowed, before anything runs. Anchors and aliases are refused (they
/// are how "YAML bombs" expand), and so are files over 64 KiB.
/// </summary>
internal static class SpecReader
{
    private const int MaximumBytes = 64 * 1024;

    private static readonly string[] Keys = ["name", "experiments", "flavors", "m4_MeV", "mu_muB", "cl", "shard_m4_points", "binding", "pseudo_experiments"];
    private static readonly string[] GridKeys = ["min", "max", "points", "spacing"];

    /// <summary>Reads and validates a spec file; throws <see cref="UserInputException"/> naming every problem on one line.</summary>
    public static ScanSpec ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"scan spec '{path}' does not exist");
        }

        if (new FileInfo(path).Length > MaximumBytes)
        {
            throw new UserInputException($"{path}: the spec is larger than {MaximumBytes / 1024} KiB; a scan spec is a few lines of YAML");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses spec text; <paramref name="source"/> names it in messages.</summary>
    public static ScanSpec Parse(string text, string source)
    {
        var errors = new List<string>();
        YamlMappingNode root = LoadRoot(text, source);
        foreach (var key in root.Children.Keys)
        {
            string name = Scalar(key) ?? "?";
            if (!Keys.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"unknown key '{name}' (allowed: {string.Join(", ", Keys)})");
            }
        }

        var spec = new ScanSpec
        {
            Name = RequiredString(root, "name", errors) ?? "",
            Experiments = ExperimentSets(root, errors),
            Flavors = StringList(root, "flavors", errors),
            M4MeV = Grid(root, "m4_MeV", errors),
            MuMuB = Grid(root, "mu_muB", errors),
            Cl = OptionalNumber(root, "cl", 0.9, errors),
            ShardM4Points = (int)OptionalWhole(root, "shard_m4_points", ScanSpec.DefaultShardM4Points, errors),
            Binding = OptionalString(root, "binding", "free", errors),
            PseudoExperiments = (int)OptionalWhole(root, "pseudo_experiments", 0, errors),
        };
        errors.AddRange(spec.Validate());
        if (errors.Count > 0)
        {
            throw new UserInputException($"{source}: {string.Join("; ", errors.Distinct())}");
        }

        return spec;
    }

    private static YamlMappingNode LoadRoot(string text, string source)
    {
        var stream = new YamlStream();
        bool anchored;
        try
        {
            stream.Load(new StringReader(text));
            // Walking the nodes is where nesting too deep for the YAML library shows (e.g. 5000 '[').
            anchored = stream.Documents.Any(d => d.AllNodes.Any(n => !n.Anchor.IsEmpty));
        }
        catch (MaximumRecursionLevelReachedException)
        {
            throw new UserInputException($"{source}: the YAML is nested too deeply; a scan spec is a flat mapping of a few keys");
        }
        catch (YamlException ex)
        {
            throw new UserInputException($"{source}: not valid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}");
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new UserInputException($"{source}: a scan spec is one YAML mapping (name:, experiments:, flavors:, m4_MeV:, mu_muB:, …)");
        }

        if (anchored)
        {
            throw new UserInputException($"{source}: YAML anchors and aliases are not allowed in a scan spec");
        }

        return root;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? node : null;

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    private static string? RequiredString(YamlMappingNode map, string key, List<string> errors)
    {
        YamlNode? node = Child(map, key);
        if (node is null)
        {
            errors.Add($"{key} is missing");
            return null;
        }

        string? value = Scalar(node);
        if (value is null)
        {
            errors.Add($"{key} must be a single word, not a list or mapping");
        }

        return value;
    }

    private static string OptionalString(YamlMappingNode map, string key, string fallback, List<string> errors) =>
        Child(map, key) is null ? fallback : RequiredString(map, key, errors) ?? fallback;

    private static IReadOnlyList<string> StringList(YamlMappingNode map, string key, List<string> errors)
    {
        YamlNode? node = Child(map, key);
        switch (node)
        {
            case null:
                errors.Add($"{key} is missing");
                return [];
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                return list.Children.Select(c => Scalar(c)!).ToList();
            case YamlScalarNode single:
                return [single.Value!];
            default:
                errors.Add($"{key} must be a list of words, e.g. [e, mu]");
                return [];
        }
    }

    private static IReadOnlyList<IReadOnlyList<string>> ExperimentSets(YamlMappingNode map, List<string> errors)
    {
        YamlNode? node = Child(map, "experiments");
        if (node is not YamlSequenceNode list)
        {
            errors.Add(node is null ? "experiments is missing" : "experiments must be a list: each item an experiment id or a list of ids (a joint fit)");
            return [];
        }

        var sets = new List<IReadOnlyList<string>>();
        foreach (YamlNode item in list.Children)
        {
            switch (item)
            {
                case YamlScalarNode one:
                    sets.Add([one.Value!]);
                    break;
                case YamlSequenceNode joint when joint.Children.All(c => c is YamlScalarNode):
                    sets.Add(joint.Children.Select(c => Scalar(c)!).ToList());
                    break;
                default:
                    errors.Add("experiments: each item must be an experiment id or a list of ids");
                    break;
            }
        }

        return sets;
    }

    private static GridSpec Grid(YamlMappingNode map, string key, List<string> errors)
    {
        if (Child(map, key) is not YamlMappingNode grid)
        {
            errors.Add($"{key} must be a mapping {{min: …, max: …, points: …, spacing: lin|log}}");
            return new GridSpec { Min = 1, Max = 1, Points = 1, Spacing = GridSpec.Logarithmic };
        }

        foreach (var k in grid.Children.Keys)
        {
            string name = Scalar(k) ?? "?";
            if (!GridKeys.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"unknown key '{key}.{name}' (allowed: {string.Join(", ", GridKeys)})");
            }
        }

        return new GridSpec
        {
            Min = RequiredNumber(grid, "min", key, errors),
            Max = RequiredNumber(grid, "max", key, errors),
            Points = (int)RequiredWhole(grid, "points", key, errors),
            Spacing = OptionalString(grid, "spacing", GridSpec.Logarithmic, errors),
        };
    }

    private static double RequiredNumber(YamlMappingNode map, string key, string parent, List<string> errors)
    {
        YamlNode? node = Child(map, key);
        if (node is null)
        {
            errors.Add($"{parent}.{key} is missing");
            return double.NaN;
        }

        return Number(node, $"{parent}.{key}", errors);
    }

    private static double OptionalNumber(YamlMappingNode map, string key, double fallback, List<string> errors) =>
        Child(map, key) is { } node ? Number(node, key, errors) : fallback;

    private static double Number(YamlNode node, string name, List<string> errors)
    {
        string? text = Scalar(node);
        if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }

        errors.Add($"{name} = '{text ?? "(not a scalar)"}' is not a number");
        return double.NaN;
    }

    private static long RequiredWhole(YamlMappingNode map, string key, string parent, List<string> errors)
    {
        YamlNode? node = Child(map, key);
        if (node is null)
        {
            errors.Add($"{parent}.{key} is missing");
            return 0;
        }

        return Whole(node, $"{parent}.{key}", errors);
    }

    private static long OptionalWhole(YamlMappingNode map, string key, long fallback, List<string> errors) =>
        Child(map, key) is { } node ? Whole(node, key, errors) : fallback;

    private static long Whole(YamlNode node, string name, List<string> errors)
    {
        string? text = Scalar(node);
        if (text is not null && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return value;
        }

        errors.Add($"{name} = '{text ?? "(not a scalar)"}' is not a whole number");
        return 0;
    }
}
