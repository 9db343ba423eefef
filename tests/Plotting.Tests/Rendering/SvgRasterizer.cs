using System.Diagnostics;

namespace DipolePortal.Plotting.Tests.Rendering;

/// <summary>Renders SVG to PNG with librsvg's rsvg-convert; a missing renderer fails the test (never skips).</summary>
internal static class SvgRasterizer
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Folder receiving the rendered SVG and PNG files, for inspection.</summary>
    public static string OutputDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "rendered")).FullName;

    public static string LocateRsvgConvert()
    {
        string path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (string dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, "rsvg-convert");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        string where = ci ? "CI=true: the CI image must provide it." : "The renderer tests cannot run without it.";
        Assert.Fail("rsvg-convert was not found on PATH. Install Debian's librsvg2-bin " +
            "(run tests/plotting/ensure-rsvg.sh, or apt-get install -y librsvg2-bin). " + where);
        throw new UnreachableException();
    }

    /// <summary>Writes NAME.svg, renders NAME.png and checks exit code 0, empty stderr and a non-empty PNG; returns the PNG path.</summary>
    public static string RenderPng(string svg, string name)
    {
        string rsvg = LocateRsvgConvert();
        string svgPath = Path.Combine(OutputDirectory, name + ".svg");
        string pngPath = Path.Combine(OutputDirectory, name + ".png");
        File.WriteAllText(svgPath, svg);
        File.Delete(pngPath);
        var start = new ProcessStartInfo(rsvg)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format=png");
        start.ArgumentList.Add("--output=" + pngPath);
        start.ArgumentList.Add(svgPath);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start rsvg-convert");
        string stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "rsvg-convert did not finish within 60 s");
        Assert.True(process.ExitCode == 0, $"rsvg-convert failed on {svgPath} with exit code {process.ExitCode}: {stderr}");
        Assert.True(string.IsNullOrWhiteSpace(stderr), $"rsvg-convert reported on {svgPath}: {stderr}");
        byte[] png = File.ReadAllBytes(pngPath);
        Assert.True(png.Length > 1000, $"{pngPath} is only {png.Length} bytes");
        Assert.Equal(PngSignature, png[..8]);
        return pngPath;
    }
}
