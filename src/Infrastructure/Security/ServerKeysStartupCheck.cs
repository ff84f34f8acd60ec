using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// Stops the start, before any background service runs or the server listens, when a server key is missing outside
/// Development; the keys themselves load when first used.
/// </summary>
internal sealed class ServerKeysStartupCheck(IConfiguration configuration, IHostEnvironment environment) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        ServerKeys.RequireConfigured(configuration, environment);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
