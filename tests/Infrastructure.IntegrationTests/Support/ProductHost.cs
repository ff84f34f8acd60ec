using System.Security.Cryptography;
using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Tests.Shared;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.IntegrationTests.Support;

/// <summary>
/// The product's Application and Infrastructure services as the API host composes them, on a migrated SQLite file in
/// a temporary data folder, talking to the simulator over HTTP.
/// </summary>
internal sealed class ProductHost : IAsyncDisposable
{
    public const string BootstrapAdminOpenId = "bootstrap-admin";

    private readonly IHost _host;
    private readonly string _dataFolder;

    private ProductHost(IHost host, string dataFolder)
    {
        _host = host;
        _dataFolder = dataFolder;
    }

    public IServiceProvider Services => _host.Services;

    public TestCurrentUser CurrentUser => _host.Services.GetRequiredService<TestCurrentUser>();

    public static async Task<ProductHost> StartAsync(Uri weChatBaseUrl, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("knowledgepay-tests-").FullName;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = dataFolder,
            ["Database:Provider"] = "Sqlite",
            ["Database:SeedDemoData"] = "false",
            ["WeChat:ApiBaseUrl"] = weChatBaseUrl.AbsoluteUri,
            ["WeChat:AppId"] = WeChatSimulatorServer.AppId,
            ["WeChat:AppSecret"] = WeChatSimulatorServer.AppSecret,
            ["Identity:BootstrapAdminOpenIds:0"] = BootstrapAdminOpenId,
            // Not Development: the server keys must be configured, as in production.
            ["Identity:Jwt:SigningKey"] = NewKey(),
            ["Identity:EncryptionKey"] = NewKey(),
            ["Media:SigningKey"] = NewKey(),
            ["Identity:PhoneIndexKey"] = NewKey(),
            ["Media:Cdn:Key"] = "productcdnkey2026",
        });
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.AddApplicationServices();
        builder.AddInfrastructureServices();
        builder.Services.AddSingleton<TestCurrentUser>();
        builder.Services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        builder.Services.AddSingleton<IClientOrigin, NoClientOrigin>();
        var host = builder.Build();
        await host.Services.InitialiseDatabaseAsync();
        return new ProductHost(host, dataFolder);
    }

    /// <summary>Starts the host as the API does: options validated on start, then the hosted services.</summary>
    public Task StartServicesAsync() => _host.StartAsync();

    /// <summary>Sends a message in its own scope (its own DbContext), as each API request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IMessage message)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
    }

    public async Task<T> QueryDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await Task.Yield();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
