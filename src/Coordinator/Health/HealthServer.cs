using System.Globalization;
using System.Net;
using System.Text;
using Serilog;

namespace DipolePortal.Coordinator.Health;

/// <summary>
/// A minimal HTTP endpoint for Kubernetes probes on HOST:PORT ("*" = every interface): GET /healthz (liveness) and GET /readyz
/// (readiness) answer 200 "ok" or 503 with the reason; anything else is 404. Built on <see cref="HttpListener"/>,
/// so the worker needs no web framework.
/// </summary>
internal sealed class HealthServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HealthReport> _liveness;
    private readonly Func<HealthReport> _readiness;
    private readonly ILogger _logger;
    private readonly Task _serving;

    private HealthServer(string host, int port, Func<HealthReport> liveness, Func<HealthReport> readiness, ILogger logger)
    {
        _liveness = liveness;
        _readiness = readiness;
        _logger = logger;
        _listener.Prefixes.Add(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}/"));
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Starts listening; a port that cannot be bound is bad input (exit 2).</summary>
    public static HealthServer Start(string host, int port, Func<HealthReport> liveness, Func<HealthReport> readiness, ILogger logger)
    {
        try
        {
            var server = new HealthServer(host, port, liveness, readiness, logger);
            logger.Information("Health endpoints on http://{Host}:{Port}/healthz and /readyz", host == "*" ? "0.0.0.0" : host, port);
            return server;
        }
        catch (HttpListenerException e)
        {
            throw new Cli.UserInputException($"--health-host {host} --health-port {port} cannot be used: {e.Message}; choose a free port, or 0 for no health endpoint", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Respond(context);
            }
            catch (Exception e)
            {
                // A broken probe connection must never disturb the worker.
                _logger.Debug(e, "Health request failed");
            }
        }
    }

    private void Respond(HttpListenerContext context)
    {
        string path = context.Request.Url?.AbsolutePath ?? "/";
        HealthReport? report = context.Request.HttpMethod is not ("GET" or "HEAD") ? null
            : path switch
            {
                "/healthz" => _liveness(),
                "/readyz" => _readiness(),
                _ => null,
            };
        HttpListenerResponse response = context.Response;
        string body;
        if (report is { } r)
        {
            response.StatusCode = r.Healthy ? 200 : 503;
            body = r.Text;
        }
        else
        {
            response.StatusCode = 404;
            body = "not found: use GET /healthz or GET /readyz";
        }

        byte[] bytes = Encoding.UTF8.GetBytes(body + "\n");
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        if (context.Request.HttpMethod != "HEAD")
        {
            response.OutputStream.Write(bytes);
        }

        response.Close();
    }
}
