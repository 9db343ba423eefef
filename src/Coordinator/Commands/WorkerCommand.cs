using System.CommandLine;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Health;
using DipolePortal.Coordinator.Logging;
using DipolePortal.Messages;
using DipolePortal.Worker;
using DipolePortal.Worker.Store;
using Serilog;

namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// <c>dipole worker</c>: joins a scan farm — leases shards from the store, computes them with the physics, stores the
/// results — until SIGTERM/SIGINT (or, with --stop-when-idle, until no work is left). Exit 0 on a clean stop.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(TextWriter stdout)
    {
        _ = stdout; // the worker prints nothing on stdout: its progress goes to the log (stderr and runs/logs/)
        Option<string> store = StoreOption.Create();
        var concurrency = new Option<int>("--concurrency") { Description = "shards computed at once in this process", DefaultValueFactory = _ => 1 };
        var healthPort = new Option<int>("--health-port")
        {
            Description = "serve GET /healthz (liveness) and GET /readyz (readiness) on PORT (all interfaces unless --health-host); 0 = off",
            DefaultValueFactory = _ => 0,
        };
        var healthHost = new Option<string>("--health-host")
        {
            Description = "address the health endpoint listens on: * for all interfaces (the default, as a pod needs), or e.g. 127.0.0.1",
            DefaultValueFactory = _ => "*",
        };
        var graceSeconds = new Option<double>("--grace-seconds")
        {
            Description = "after SIGTERM/SIGINT, how long [s] a shard in progress may take to finish before it is given back unfinished",
            DefaultValueFactory = _ => 10,
        };
        var leaseSeconds = new Option<double>("--lease-seconds")
        {
            Description = "lease length [s]: a shard whose worker vanished is claimed again after this long; renewed every third of it",
            DefaultValueFactory = _ => 60,
        };
        var scan = new Option<string?>("--scan") { Description = "only take shards of this scan (default: any scan in the store)" };
        var stopWhenIdle = new Option<bool>("--stop-when-idle")
        {
            Description = "exit 0 once no shard is left to take (with --scan: once that scan has no pending or leased shard; a scan not planned yet is waited for)",
        };
        var command = new Command("worker",
            "Join a scan farm: lease shards from the store, compute them, store the results, until SIGTERM or SIGINT. A shard in " +
            "progress at the signal finishes within a grace period or is given back; a worker killed outright loses nothing, its " +
            "lease expires and another worker takes the shard. The worker id is HOST-PID.");
        command.Options.Add(store);
        command.Options.Add(concurrency);
        command.Options.Add(healthPort);
        command.Options.Add(healthHost);
        command.Options.Add(leaseSeconds);
        command.Options.Add(graceSeconds);
        command.Options.Add(scan);
        command.Options.Add(stopWhenIdle);

        // The verb handles SIGTERM/SIGINT itself (Cli/StopSignals.cs): Program turns System.CommandLine's handler off.
        command.SetAction((parse, _) =>
        {
            int lanes = parse.GetValue(concurrency);
            if (lanes < 1)
            {
                throw new UserInputException($"--concurrency = {lanes} is not allowed: use a whole number ≥ 1 (shards computed at once)");
            }

            int port = parse.GetValue(healthPort);
            if (port is < 0 or > 65535)
            {
                throw new UserInputException($"--health-port = {port} is not allowed: use 1..65535, or 0 for no health endpoint");
            }

            string host = parse.GetValue(healthHost)!;
            if (host != "*" && Uri.CheckHostName(host) == UriHostNameType.Unknown)
            {
                throw new UserInputException($"--health-host '{host}' is not a host name or address: use * (all interfaces) or an address such as 127.0.0.1");
            }

            double lease = Validate.Positive("--lease-seconds", parse.GetValue(leaseSeconds));
            double grace = Validate.NonNegative("--grace-seconds", parse.GetValue(graceSeconds));
            string? scanId = parse.GetValue(scan);
            if (scanId is not null && !ScanNames.IsValidScanId(scanId))
            {
                throw new UserInputException($"--scan '{scanId}' is not a scan name: use 1..100 letters, digits, '-' and '_'");
            }

            var options = new WorkerLoopOptions
            {
                Concurrency = lanes,
                LeaseDuration = TimeSpan.FromSeconds(lease),
                ShutdownGrace = TimeSpan.FromSeconds(grace),
                ScanId = scanId,
                StopWhenIdle = parse.GetValue(stopWhenIdle),
            };
            return RunAsync(parse.GetValue(store)!, options, host, port);
        });
        return command;
    }

    private static async Task<int> RunAsync(string storeUri, WorkerLoopOptions options, string healthHost, int healthPort)
    {
        _ = StoreOption.Parse(storeUri);
        using Serilog.Core.Logger logger = LogSetup.Create("worker");
        using var signals = new StopSignals(logger);
        IShardStore store;
        try
        {
            store = await StoreOption.OpenAsync(storeUri, logger, signals.Token);
        }
        catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }

        await using (store)
        {
            DateTimeOffset openedAt = TimeProvider.System.GetUtcNow();
            var loop = new WorkerLoop(store, new PhysicsShardExecutor(), options, logger);
            var health = new WorkerHealth(loop, WorkerHealth.StaleAfter(options), openedAt, TimeProvider.System);
            HealthServer? server = healthPort > 0 ? HealthServer.Start(healthHost, healthPort, health.Liveness, health.Readiness, logger) : null;
            try
            {
                await loop.RunAsync(signals.Token);
            }
            finally
            {
                if (server is not null)
                {
                    await server.DisposeAsync();
                }
            }
        }

        return ExitCodes.Success;
    }
}
