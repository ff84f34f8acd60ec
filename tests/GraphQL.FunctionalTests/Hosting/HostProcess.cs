using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgePay.GraphQL.FunctionalTests.Hosting;

/// <summary>
/// The API host as an operator starts it, <c>dotnet KnowledgePay.GraphQL.dll --Key=Value …</c>, in its own process
/// with its own data folder; its output is kept for the assertions.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, string dataFolder, Uri baseAddress)
    {
        _process = process;
        DataFolder = dataFolder;
        BaseAddress = baseAddress;
    }

    /// <summary>The Debug build the tests run against (its output is copied next to the tests).</summary>
    public static string DebugAssembly => Path.Combine(AppContext.BaseDirectory, "KnowledgePay.GraphQL.dll");

    public string DataFolder { get; }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="assembly"/> in <paramref name="environment"/> on a free loopback port, given by <c>--urls</c>.</summary>
    public static HostProcess Start(string assembly, string environment, IReadOnlyDictionary<string, string> settings)
    {
        var dataFolder = Directory.CreateTempSubdirectory("knowledgepay-host-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add($"--urls={baseAddress.GetLeftPart(UriPartial.Authority)}");
        start.ArgumentList.Add($"--Storage:DataFolder={dataFolder}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, dataFolder, baseAddress);
        process.OutputDataReceived += (_, line) => host.Append(line.Data);
        process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>Waits until <c>/healthz</c> answers; fails with the host's output when it exits or takes too long.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var giveUpAt = DateTimeOffset.UtcNow + timeout;
        while (!_process.HasExited && DateTimeOffset.UtcNow < giveUpAt)
        {
            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        Assert.Fail($"The host did not start listening on {BaseAddress}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(DataFolder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
