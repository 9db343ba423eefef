using System.Net;
using System.Net.Sockets;
using DipolePortal.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DipolePortal.Integration.Tests;

/// <summary>The probes of a real <c>dipole worker --health-port</c> process (on a SQLite store: no server needed).</summary>
[Trait("Category", "Integration")]
public sealed class WorkerHealthTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(null)] // all interfaces, as in a pod
    [InlineData("127.0.0.1")] // as deploy/local/farm.sh starts it
    public async Task Worker_WithHealthPort_AnswersHealthzAndReadyzAndStopsOnSigterm(string? host)
    {
        using var folder = new TempFolder("dipole-health");
        int port = FreePort();
        List<string> args = ["worker", "--store", "sqlite:" + Path.Combine(folder.Path, "dipole.db"),
            "--health-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (host is not null)
        {
            args.AddRange(["--health-host", host]);
        }

        using DipoleProcess worker = DipoleProcess.Start(folder.Path, [.. args]);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            HttpStatusCode liveness = await PollAsync(http, "healthz", TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, liveness);
            Assert.Equal("ok", (await http.GetStringAsync("healthz")).Trim());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("metrics")).StatusCode);

            worker.Signal("TERM");
            Assert.Equal(0, await worker.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            output.WriteLine(worker.Stderr);
        }
    }

    private static async Task<HttpStatusCode> PollAsync(HttpClient http, string path, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using HttpResponseMessage response = await http.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
                {
                    return response.StatusCode;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
