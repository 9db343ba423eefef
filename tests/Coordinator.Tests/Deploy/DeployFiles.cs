using YamlDotNet.RepresentationModel;

namespace DipolePortal.Coordinator.Tests.Deploy;

/// <summary>The repository's deploy/ folder, parsed: every Kubernetes manifest as YAML mappings, found from the repository root.</summary>
internal static class DeployFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string K8s => Path.Combine(RepositoryRoot, "deploy", "k8s");

    public static string FarmScript => Path.Combine(RepositoryRoot, "deploy", "local", "farm.sh");

    /// <summary>Every *.yaml under deploy/k8s (tools/ included), relative path → its documents.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<YamlMappingNode>> Manifests { get; } = LoadAll();

    /// <summary>Every Kubernetes object of every manifest, with the file it came from.</summary>
    public static IEnumerable<(string File, YamlMappingNode Object)> Objects =>
        Manifests.Where(m => m.Key != "kustomization.yaml").SelectMany(m => m.Value.Select(o => (m.Key, o)));

    public static YamlMappingNode Object(string kind, string name) =>
        Objects.Single(o => Text(o.Object, "kind") == kind && Text(Map(o.Object, "metadata"), "name") == name).Object;

    /// <summary>Every container of a pod spec, init containers first: each is held to the same rules.</summary>
    public static IEnumerable<YamlMappingNode> Containers(YamlMappingNode podSpec) =>
        Seq(podSpec, "initContainers").Concat(Seq(podSpec, "containers")).Cast<YamlMappingNode>();

    /// <summary>The pod spec of a Deployment, StatefulSet or Job, or of a Pod itself.</summary>
    public static YamlMappingNode PodSpec(YamlMappingNode workload) =>
        Text(workload, "kind") == "Pod" ? Map(workload, "spec") : Map(Map(Map(workload, "spec"), "template"), "spec");

    public static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

    public static YamlMappingNode Map(YamlNode node, string key) =>
        Child(node, key) as YamlMappingNode ?? throw new Xunit.Sdk.XunitException($"no mapping '{key}' in {Describe(node)}");

    public static IReadOnlyList<YamlNode> Seq(YamlNode node, string key) =>
        (Child(node, key) as YamlSequenceNode)?.Children.ToList() ?? [];

    public static string? Text(YamlNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public static IEnumerable<string> Texts(YamlNode node, string key) => Seq(node, key).OfType<YamlScalarNode>().Select(s => s.Value!);

    public static IReadOnlyDictionary<string, string> Labels(YamlNode node) =>
        Child(node, "labels") is YamlMappingNode labels
            ? labels.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!)
            : new Dictionary<string, string>();

    private static string Describe(YamlNode node) => node.ToString() is { Length: > 120 } s ? s[..120] + "…" : node.ToString();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DipolePortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no DipolePortal.sln above {AppContext.BaseDirectory}");
    }

    private static Dictionary<string, IReadOnlyList<YamlMappingNode>> LoadAll()
    {
        var all = new Dictionary<string, IReadOnlyList<YamlMappingNode>>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(K8s, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            string relative = Path.GetRelativePath(K8s, path).Replace('\\', '/');
            all[relative] = stream.Documents
                .Select(d => d.RootNode as YamlMappingNode ?? throw new InvalidDataException($"{relative}: a document is not a mapping"))
                .ToList();
        }

        return all;
    }
}
