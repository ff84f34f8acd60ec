using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using KnowledgePay.Tests.Shared;

namespace KnowledgePay.Payments;

/// <summary>
/// The product's own build (<c>KnowledgePay.GraphQL.dll</c>, Release) as a separate process in Production mode on
/// PostgreSQL, with the simulator as WeChat and its generated merchant material as the <c>WeChatPay:*</c> settings.
/// </summary>
internal sealed class ProductProcess : IAsyncDisposable
{
    public const string NotifyPath = "payments/wechatpay/notify";

    private const int LogLinesKept = 40;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string _dataFolder;

    private ProductProcess(Process process, Uri baseUrl, string dataFolder)
    {
        _process = process;
        BaseUrl = baseUrl;
        _dataFolder = dataFolder;
    }

    public Uri BaseUrl { get; }

    public CpuTime CpuTime => CpuTime.Of(_process);

    public static async Task<ProductProcess> StartAsync(string productAssembly, string connectionString, WeChatSimulatorServer simulator)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var dataFolder = Directory.CreateTempSubdirectory("knowledgepay-paybench-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { productAssembly, "--contentRoot", Path.GetDirectoryName(productAssembly)!, "--urls", baseUrl.AbsoluteUri },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in Settings(baseUrl, connectionString, dataFolder, simulator))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var product = new ProductProcess(process, baseUrl, dataFolder);
        process.OutputDataReceived += (_, line) => product.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => product.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await product.WaitUntilReadyAsync();
        return product;
    }

    /// <summary>The last lines the product logged (warnings and worse), to explain a failure.</summary>
    public string RecentLog => string.Join(Environment.NewLine, _log);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static Dictionary<string, string?> Settings(
        Uri baseUrl, string connectionString, string dataFolder, WeChatSimulatorServer simulator) =>
        new(simulator.PaySettings)
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Storage:DataFolder"] = dataFolder,
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:PostgreSql"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "false",
            ["WeChatSimulator:Embedded"] = "false",
            ["WeChat:ApiBaseUrl"] = simulator.BaseUrl.AbsoluteUri,
            ["WeChat:AppId"] = WeChatSimulatorServer.AppId,
            ["WeChat:AppSecret"] = WeChatSimulatorServer.AppSecret,
            ["WeChatPay:ApiBaseUrl"] = simulator.BaseUrl.AbsoluteUri,
            ["WeChatPay:NotifyUrl"] = new Uri(baseUrl, NotifyPath).AbsoluteUri,
            // Access tokens must outlive every round of the run.
            ["Identity:Jwt:AccessTokenMinutes"] = "240",
            // Production runs only with its server keys configured.
            ["Identity:Jwt:SigningKey"] = NewKey(),
            ["Identity:EncryptionKey"] = NewKey(),
            ["Media:SigningKey"] = NewKey(),
            ["Identity:PhoneIndexKey"] = NewKey(),
            ["Media:Cdn:Key"] = "benchmarkcdnkey2026",
        };

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > LogLinesKept && _log.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl };
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (DateTimeOffset.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"The product did not become ready:{Environment.NewLine}{RecentLog}");
    }
}
