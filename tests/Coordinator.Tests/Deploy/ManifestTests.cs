using System.Globalization;
using System.Text.RegularExpressions;
using DipolePortal.Coordinator.Planning;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using YamlDotNet.RepresentationModel;
using static DipolePortal.Coordinator.Tests.Deploy.DeployFiles;

namespace DipolePortal.Coordinator.Tests.Deploy;

/// <summary>
/// The Kubernetes manifests and the local farm script checked without a cluster (deploy/README.md, "What was
/// checked"): they parse, hang together (names, labels, ports, volumes, the Secret), keep the password out of every
/// file, run with least privilege, call only verbs and flags that <c>dipole</c> has, and ship a scan spec the real
/// reader and validator accept.
/// </summary>
public sealed partial class ManifestTests
{
    private const string Image = "dipoleportal/dipole";
    private const string SecretName = "dipole-db";

    private static readonly string[] WorkloadKinds = ["Deployment", "StatefulSet", "Job", "Pod"];

    [Fact]
    public void EveryManifest_ParsesIntoObjectsWithApiVersionKindAndName()
    {
        Assert.True(Manifests.Count >= 11, $"only {Manifests.Count} manifests under {K8s}");
        foreach (var (file, obj) in Objects)
        {
            Assert.False(string.IsNullOrEmpty(Text(obj, "apiVersion")), $"{file}: apiVersion");
            Assert.False(string.IsNullOrEmpty(Text(obj, "kind")), $"{file}: kind");
            Assert.False(string.IsNullOrEmpty(Text(Map(obj, "metadata"), "name")), $"{file}: metadata.name");
        }
    }

    [Fact]
    public void Kustomization_ListsEveryManifestButTheSecretAndTheOptionalOnes()
    {
        YamlMappingNode kustomization = Manifests["kustomization.yaml"].Single();
        string[] resources = [.. Texts(kustomization, "resources")];
        Assert.All(resources, r => Assert.True(File.Exists(Path.Combine(K8s, r)), $"kustomization lists {r}, which does not exist"));

        string[] unlisted = [.. Manifests.Keys.Where(f => !f.Contains('/', StringComparison.Ordinal) && f != "kustomization.yaml" && !resources.Contains(f))];
        // secret.yaml must never be applied by `kubectl apply -k` (it would overwrite the real password); KEDA is optional.
        Assert.Equal(["keda-scaledobject.yaml", "secret.yaml"], unlisted.Order(StringComparer.Ordinal));
        string text = File.ReadAllText(Path.Combine(K8s, "kustomization.yaml"));
        Assert.Contains("# - keda-scaledobject.yaml", text, StringComparison.Ordinal);
        Assert.Contains("secret.yaml is NOT listed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_IsTheOneTheKustomizationSets()
    {
        string? ns = Text(Manifests["kustomization.yaml"].Single(), "namespace");
        Assert.Equal(ns, Text(Map(Object("Namespace", ns!), "metadata"), "name"));
        foreach (var (file, obj) in Objects)
        {
            string? explicitNamespace = Text(Map(obj, "metadata"), "namespace");
            Assert.True(explicitNamespace is null || explicitNamespace == ns, $"{file}: namespace {explicitNamespace}, not {ns}");
        }
    }

    [Fact]
    public void Images_AreTheOnesTheKustomizationPins()
    {
        string[] pinned = [.. Seq(Manifests["kustomization.yaml"].Single(), "images").Select(i => Text(i, "name")!)];
        foreach (var (file, container) in AllContainers().Where(c => c.File != "tools/results-reader.yaml"))
        {
            string image = Text(container, "image")!;
            Assert.True(pinned.Contains(image.Split(':')[0]), $"{file}: image {image} is not pinned in kustomization.yaml ({string.Join(", ", pinned)})");
        }
    }

    [Fact]
    public void Password_OnlyEverComesFromTheSecret()
    {
        YamlMappingNode secret = Object("Secret", SecretName);
        YamlMappingNode data = Map(secret, "stringData");
        Assert.Contains("REPLACE-ME", Text(data, "PGPASSWORD"), StringComparison.Ordinal);

        foreach (var (file, container) in AllContainers())
        {
            foreach (YamlNode env in Seq(container, "env"))
            {
                string name = Text(env, "name")!;
                if (!name.Contains("PASSWORD", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.True(Child(env, "value") is null, $"{file}: {name} has a literal value");
                YamlMappingNode reference = Map(Map(env, "valueFrom"), "secretKeyRef");
                Assert.Equal(SecretName, Text(reference, "name"));
                Assert.NotNull(Text(data, Text(reference, "key")!));
            }
        }

        foreach (string path in Directory.GetFiles(Path.Combine(RepositoryRoot, "deploy"), "*", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(path);
            Assert.False(UriWithPassword().IsMatch(text), $"{path} has a URI with a password in it: {UriWithPassword().Match(text).Value}");
            Assert.True(path.EndsWith("secret.yaml", StringComparison.Ordinal) || !text.Contains("REPLACE-ME-placeholder", StringComparison.Ordinal),
                $"{path} repeats the Secret's placeholder");
        }
    }

    [Fact]
    public void StoreUri_PointsAtThePostgresServiceWithTheSecretsUserAndDatabase()
    {
        string uri = Text(Map(Object("ConfigMap", "dipole-store"), "data"), "DIPOLE_STORE")!;
        Assert.True(StoreUri.TryParse(uri, out StoreUri? store, out string? problem), problem);
        Assert.Equal(StoreKind.Postgres, store!.Kind);

        YamlMappingNode service = Object("Service", store.Host!);
        Assert.Contains(Seq(Map(service, "spec"), "ports"), p => Text(p, "port") == store.Port.ToString(CultureInfo.InvariantCulture));
        YamlMappingNode data = Map(Object("Secret", SecretName), "stringData");
        Assert.Equal(Text(data, "user"), store.User);
        Assert.Equal(Text(data, "database"), store.Database);

        // KEDA reaches the same database from its own namespace.
        YamlMappingNode keda = Manifests["keda-scaledobject.yaml"].Single(o => Text(o, "kind") == "ScaledObject");
        YamlMappingNode trigger = Map(Seq(Map(keda, "spec"), "triggers").Single(), "metadata");
        string ns = Text(Manifests["kustomization.yaml"].Single(), "namespace")!;
        Assert.Equal($"{store.Host}.{ns}.svc.cluster.local", Text(trigger, "host"));
        Assert.Equal(store.Port.ToString(CultureInfo.InvariantCulture), Text(trigger, "port"));
        Assert.Equal(store.User, Text(trigger, "userName"));
        Assert.Equal(store.Database, Text(trigger, "dbName"));
    }

    [Fact]
    public void Keda_CountsShardsOfTheWorkerStoreAndScalesTheWorkers()
    {
        YamlMappingNode scaled = Manifests["keda-scaledobject.yaml"].Single(o => Text(o, "kind") == "ScaledObject");
        YamlMappingNode spec = Map(scaled, "spec");
        Assert.Equal("dipole-worker", Text(Map(spec, "scaleTargetRef"), "name"));
        Assert.Equal("Deployment", Text(Object("Deployment", "dipole-worker"), "kind"));

        string query = Text(Map(Seq(spec, "triggers").Single(), "metadata"), "query")!;
        string schema = File.ReadAllText(Path.Combine(RepositoryRoot, "src", "Worker", "Store", "PostgresSchema.cs"));
        string states = File.ReadAllText(Path.Combine(RepositoryRoot, "src", "Worker", "Store", "ShardStates.cs"));
        string table = Regex.Match(query, @"FROM\s+(\w+)").Groups[1].Value;
        Assert.Contains($"CREATE TABLE IF NOT EXISTS {table} ", schema, StringComparison.Ordinal);
        foreach (Match state in Regex.Matches(query, @"'(\w+)'"))
        {
            Assert.Contains($"= \"{state.Groups[1].Value}\";", states, StringComparison.Ordinal);
        }

        YamlMappingNode auth = Manifests["keda-scaledobject.yaml"].Single(o => Text(o, "kind") == "TriggerAuthentication");
        YamlNode target = Seq(Map(auth, "spec"), "secretTargetRef").Single();
        Assert.Equal(SecretName, Text(target, "name"));
        Assert.NotNull(Text(Map(Object("Secret", SecretName), "stringData"), Text(target, "key")!));
    }

    [Fact]
    public void DipoleContainers_UseOnlyVerbsAndFlagsThatDipoleHas()
    {
        var uses = new List<(string Where, string Verb, string Flag)>();
        foreach (var (file, container) in AllContainers().Where(c => Text(c.Container, "image")!.StartsWith(Image, StringComparison.Ordinal)))
        {
            string[] args = [.. Texts(container, "args")];
            Assert.NotEmpty(args);
            uses.Add((file, args[0], ""));
            uses.AddRange(args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(flag => (file, args[0], flag)));

            string[] defined = [.. Seq(container, "env").Select(e => Text(e, "name")!)];
            foreach (Match reference in Regex.Matches(string.Join(' ', args), @"\$\((\w+)\)"))
            {
                Assert.True(defined.Contains(reference.Groups[1].Value), $"{file}: $({reference.Groups[1].Value}) is not in the container's env");
            }
        }

        Assert.Contains(uses, u => u.Verb == "scan");
        Assert.Contains(uses, u => u.Verb == "worker");
        AssertFlagsExist(uses);
    }

    [Fact]
    public void FarmScript_UsesOnlyVerbsAndFlagsThatDipoleHas()
    {
        var uses = new List<(string Where, string Verb, string Flag)>();
        string verb = "";
        foreach (string line in File.ReadLines(FarmScript).Where(l => !l.TrimStart().StartsWith('#')))
        {
            if (Regex.Match(line, @"(?:\./dipole|""\$DIPOLE_CMD"")\s+([a-z]+)(.*)") is { Success: true } call)
            {
                uses.Add(("farm.sh: " + line.Trim(), call.Groups[1].Value, ""));
                uses.AddRange(Flags(call.Groups[2].Value).Select(f => ("farm.sh: " + line.Trim(), call.Groups[1].Value, f)));
            }

            if (Regex.Match(line, @"\bargs=\(([a-z]+)(.*)\)") is { Success: true } array)
            {
                verb = array.Groups[1].Value;
                uses.Add(("farm.sh: " + line.Trim(), verb, ""));
                uses.AddRange(Flags(array.Groups[2].Value).Select(f => ("farm.sh: " + line.Trim(), verb, f)));
            }

            foreach (Match added in Regex.Matches(line, @"args\+=\((--[a-z][a-z-]*)"))
            {
                string flag = added.Groups[1].Value;
                // `worker_has --x && args+=(--x …)`: used only when this dipole has it.
                bool optional = Regex.IsMatch(line, $@"worker_has\s+{Regex.Escape(flag)}\s*&&");
                if (!optional)
                {
                    uses.Add(("farm.sh: " + line.Trim(), verb, flag));
                }
            }
        }

        Assert.Contains(uses, u => u.Verb == "worker" && u.Flag == "--health-port");
        Assert.Contains(uses, u => u.Verb == "status");
        Assert.Contains(uses, u => u.Verb == "scan" && u.Flag == "--workers");
        AssertFlagsExist(uses);
    }

    [Fact]
    public void Workloads_RunWithLeastPrivilege()
    {
        string dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot, "deploy", "Dockerfile"));
        string imageUser = Regex.Match(dockerfile, @"^USER (\d+)", RegexOptions.Multiline).Groups[1].Value;
        foreach (var (file, workload) in Workloads())
        {
            YamlMappingNode pod = PodSpec(workload);
            Assert.True(Text(pod, "automountServiceAccountToken") == "false", $"{file}: automountServiceAccountToken");
            YamlMappingNode podSecurity = Map(pod, "securityContext");
            Assert.True(Text(podSecurity, "runAsNonRoot") == "true", $"{file}: runAsNonRoot");
            Assert.True(Text(Map(podSecurity, "seccompProfile"), "type") == "RuntimeDefault", $"{file}: seccompProfile");
            foreach (YamlMappingNode container in Containers(pod))
            {
                YamlMappingNode security = Map(container, "securityContext");
                Assert.True(Text(security, "allowPrivilegeEscalation") == "false", $"{file}: allowPrivilegeEscalation");
                Assert.True(Text(security, "readOnlyRootFilesystem") == "true", $"{file}: readOnlyRootFilesystem");
                Assert.Contains("ALL", Texts(Map(security, "capabilities"), "drop"));
                if (Text(container, "image")!.StartsWith(Image, StringComparison.Ordinal))
                {
                    Assert.Equal(imageUser, Text(podSecurity, "runAsUser"));
                    // A read-only root: the program writes only /tmp and runs/ under its working folder /app.
                    string[] mounts = [.. Seq(container, "volumeMounts").Select(m => Text(m, "mountPath")!)];
                    Assert.Contains("/tmp", mounts);
                    Assert.Contains("/app/runs", mounts);
                    Assert.Contains("WORKDIR /app", dockerfile, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Containers_RequestNoMoreThanTheirLimits()
    {
        foreach (var (file, container) in AllContainers())
        {
            YamlMappingNode resources = Map(container, "resources");
            foreach (string resource in new[] { "cpu", "memory" })
            {
                double request = Quantity(Text(Map(resources, "requests"), resource));
                double limit = Quantity(Text(Map(resources, "limits"), resource));
                Assert.True(request > 0 && request <= limit, $"{file}: {resource} request {request} vs limit {limit}");
            }
        }
    }

    [Fact]
    public void Volumes_AreDeclaredMountedAndReferToObjectsOfTheSet()
    {
        foreach (var (file, workload) in Workloads())
        {
            YamlMappingNode pod = PodSpec(workload);
            var declared = Seq(pod, "volumes").Select(v => Text(v, "name")!).ToList();
            if (Child(workload, "spec") is { } spec)
            {
                declared.AddRange(Seq(spec, "volumeClaimTemplates").Select(t => Text(Map(t, "metadata"), "name")!));
            }

            string[] mounted = [.. Containers(pod).SelectMany(c => Seq(c, "volumeMounts")).Select(m => Text(m, "name")!)];
            Assert.All(mounted, m => Assert.True(declared.Contains(m), $"{file}: mount {m} has no volume"));
            Assert.All(declared, v => Assert.True(mounted.Contains(v), $"{file}: volume {v} is never mounted"));
            foreach (YamlNode volume in Seq(pod, "volumes"))
            {
                if (Child(volume, "configMap") is { } configMap)
                {
                    Assert.NotNull(Object("ConfigMap", Text(configMap, "name")!));
                }

                if (Child(volume, "persistentVolumeClaim") is { } claim)
                {
                    Assert.NotNull(Object("PersistentVolumeClaim", Text(claim, "claimName")!));
                }
            }

            foreach (YamlMappingNode container in Containers(pod))
            {
                foreach (YamlNode env in Seq(container, "env"))
                {
                    if (Child(env, "valueFrom") is { } from && Child(from, "configMapKeyRef") is { } key)
                    {
                        YamlMappingNode map = Object("ConfigMap", Text(key, "name")!);
                        Assert.True(Text(Map(map, "data"), Text(key, "key")!) is not null, $"{file}: ConfigMap key {Text(key, "key")}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Selectors_MatchTheirPodsAndTheServiceFindsPostgres()
    {
        foreach (var (file, workload) in Workloads().Where(w => Text(w.Object, "kind") is "Deployment" or "StatefulSet"))
        {
            YamlMappingNode spec = Map(workload, "spec");
            var podLabels = Labels(Map(Map(spec, "template"), "metadata"));
            foreach (var (key, value) in Labels(Map(spec, "selector")).Count > 0 ? Labels(Map(spec, "selector")) : MatchLabels(spec))
            {
                Assert.True(podLabels.TryGetValue(key, out string? v) && v == value, $"{file}: selector {key}={value} does not match the pod");
            }
        }

        YamlMappingNode statefulSet = Object("StatefulSet", "dipole-postgres");
        YamlMappingNode service = Object("Service", Text(Map(statefulSet, "spec"), "serviceName")!);
        var postgresLabels = Labels(Map(Map(Map(statefulSet, "spec"), "template"), "metadata"));
        var selector = Map(Map(service, "spec"), "selector").Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());
        Assert.All(selector, s => Assert.Equal(s.Value, postgresLabels[s.Key]));
        string[] portNames = [.. Containers(PodSpec(statefulSet)).SelectMany(c => Seq(c, "ports")).Select(p => Text(p, "name")!)];
        Assert.All(Seq(Map(service, "spec"), "ports"), p => Assert.Contains(Text(p, "targetPort"), portNames));
    }

    [Fact]
    public void Worker_ProbesItsHealthPortAndFitsItsCpuLimit()
    {
        YamlMappingNode deployment = Object("Deployment", "dipole-worker");
        YamlMappingNode pod = PodSpec(deployment);
        YamlMappingNode container = Containers(pod).Single();
        string[] args = [.. Texts(container, "args")];
        string healthPort = args[Array.IndexOf(args, "--health-port") + 1];
        YamlNode port = Seq(container, "ports").Single(p => Text(p, "containerPort") == healthPort);
        Assert.Equal("/healthz", Text(Map(Map(container, "livenessProbe"), "httpGet"), "path"));
        Assert.Equal("/readyz", Text(Map(Map(container, "readinessProbe"), "httpGet"), "path"));
        foreach (string probe in new[] { "livenessProbe", "readinessProbe" })
        {
            Assert.Equal(Text(port, "name"), Text(Map(Map(container, probe), "httpGet"), "port"));
        }

        string health = string.Join('\n', Directory.GetFiles(Path.Combine(RepositoryRoot, "src", "Coordinator"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText));
        Assert.Contains("\"/healthz\"", health, StringComparison.Ordinal);
        Assert.Contains("\"/readyz\"", health, StringComparison.Ordinal);

        int concurrency = int.Parse(args[Array.IndexOf(args, "--concurrency") + 1], CultureInfo.InvariantCulture);
        Assert.True(concurrency <= Quantity(Text(Map(Map(container, "resources"), "limits"), "cpu")), "more shards at once than CPUs");
        // The grace period lets a shard finish; a worker's lease (60 s) covers the ones that do not.
        Assert.True(int.Parse(Text(pod, "terminationGracePeriodSeconds")!, CultureInfo.InvariantCulture) >= 60);
    }

    [Fact]
    public void CoordinatorJob_FailsAtOnceOnBadInputAndReadsItsSpecAndWritesItsResultsWhereTheyAreMounted()
    {
        YamlMappingNode job = Object("Job", "dipole-scan");
        YamlMappingNode spec = Map(job, "spec");
        YamlMappingNode pod = PodSpec(job);
        YamlMappingNode container = Seq(pod, "containers").Cast<YamlMappingNode>().Single();
        Assert.Equal("Never", Text(pod, "restartPolicy"));

        // An unreachable store is exit 2 too, so the pod must not start before PostgreSQL answers.
        YamlMappingNode wait = Seq(pod, "initContainers").Cast<YamlMappingNode>().Single();
        string waitCommand = string.Join(" ", Texts(wait, "command"));
        Assert.Contains("pg_isready -d \"$DIPOLE_STORE\"", waitCommand, StringComparison.Ordinal);
        Assert.Contains(Seq(wait, "env"), e => Text(e, "name") == "DIPOLE_STORE");

        YamlNode[] rules = [.. Seq(Map(spec, "podFailurePolicy"), "rules")];
        YamlNode failOnBadInput = rules.Single(r => Text(r, "action") == "FailJob");
        YamlMappingNode exitCodes = Map(failOnBadInput, "onExitCodes");
        Assert.Equal(Text(container, "name"), Text(exitCodes, "containerName"));
        Assert.Equal("In", Text(exitCodes, "operator"));
        Assert.Equal(["2"], Texts(exitCodes, "values"));
        Assert.All(rules.SelectMany(r => Seq(r, "onPodConditions")), c => Assert.NotNull(Text(c, "status")));

        string[] args = [.. Texts(container, "args")];
        Assert.Equal("scan", args[0]);
        Assert.Equal("0", args[Array.IndexOf(args, "--workers") + 1]);
        var mounts = Seq(container, "volumeMounts").ToDictionary(m => Text(m, "mountPath")!, m => Text(m, "name")!);
        var volumes = Seq(pod, "volumes").ToDictionary(v => Text(v, "name")!, v => (YamlMappingNode)v);

        string specPath = args[1];
        string specVolume = mounts[Path.GetDirectoryName(specPath)!];
        YamlMappingNode configMap = Object("ConfigMap", Text(Map(volumes[specVolume], "configMap"), "name")!);
        Assert.NotNull(Text(Map(configMap, "data"), Path.GetFileName(specPath)));

        string outVolume = mounts[args[Array.IndexOf(args, "--out") + 1]];
        Assert.Equal("dipole-results", Text(Map(volumes[outVolume], "persistentVolumeClaim"), "claimName"));
    }

    [Fact]
    public void ScanSpecConfigMap_PassesTheRealSpecReaderAndValidator()
    {
        string text = Text(Map(Object("ConfigMap", "scan-spec"), "data"), "scan.yaml")!;

        ScanSpec spec = SpecReader.Parse(text, "scan-spec-configmap.yaml");
        ScanValidator.Validate(spec, "scan-spec-configmap.yaml");

        // The manifest's comment promises "2 fits x 2 flavours x 4 blocks of 2 m4 points = 16 shards".
        Assert.Equal(16, ShardPlanner.Plan(spec).Count);
        Assert.Contains("= 16 shards", File.ReadAllText(Path.Combine(K8s, "scan-spec-configmap.yaml")), StringComparison.Ordinal);
    }

    private static void AssertFlagsExist(IEnumerable<(string Where, string Verb, string Flag)> uses)
    {
        var help = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (where, verb, flag) in uses)
        {
            if (!help.TryGetValue(verb, out string? text))
            {
                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                int exit = Program.Run([verb, "--help"], stdout, stderr);
                // An unknown verb with --help prints the root's help: the usage line must name the verb.
                bool known = exit == 0 && Regex.IsMatch(stdout.ToString(), $@"Usage:\s*\n\s*\S+ {Regex.Escape(verb)}(?![\w-])");
                text = known ? stdout.ToString() : "";
                help[verb] = text;
            }

            if (text.Length == 0)
            {
                missing.Add($"verb '{verb}' ({where})");
            }
            else if (flag.Length > 0 && !Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(flag)}(?![\w-])"))
            {
                missing.Add($"{verb} {flag} ({where})");
            }
        }

        Assert.True(missing.Count == 0, "not in `dipole VERB --help`: " + string.Join("; ", missing.Distinct()));
    }

    private static IEnumerable<string> Flags(string text) => Regex.Matches(text, @"(?<![\w-])--[a-z][a-z-]*").Select(m => m.Value);

    private static IEnumerable<(string File, YamlMappingNode Object)> Workloads() =>
        Objects.Where(o => WorkloadKinds.Contains(Text(o.Object, "kind")));

    private static IEnumerable<(string File, YamlMappingNode Container)> AllContainers() =>
        Workloads().SelectMany(w => Containers(PodSpec(w.Object)).Select(c => (w.File, c)));

    private static IReadOnlyDictionary<string, string> MatchLabels(YamlMappingNode spec) =>
        Map(Map(spec, "selector"), "matchLabels").Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());

    /// <summary>A Kubernetes quantity in base units: "250m" CPU = 0.25, "1Gi" = 2^30.</summary>
    private static double Quantity(string? text)
    {
        Assert.False(string.IsNullOrEmpty(text), "a resource quantity is missing");
        (string suffix, double factor)[] units = [("Ki", 1024.0), ("Mi", 1024.0 * 1024), ("Gi", 1024.0 * 1024 * 1024), ("m", 1e-3)];
        foreach (var (suffix, factor) in units)
        {
            if (text!.EndsWith(suffix, StringComparison.Ordinal))
            {
                return double.Parse(text[..^suffix.Length], CultureInfo.InvariantCulture) * factor;
            }
        }

        return double.Parse(text!, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"://[^/\s:@'""]+:[^@\s/'""]+@")]
    private static partial Regex UriWithPassword();
}
