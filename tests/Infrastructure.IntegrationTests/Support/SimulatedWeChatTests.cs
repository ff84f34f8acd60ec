using KnowledgePay.Tests.Shared;

namespace KnowledgePay.Infrastructure.IntegrationTests.Support;

/// <summary>Each test gets a fresh simulator and a fresh product database.</summary>
public abstract class SimulatedWeChatTests : IAsyncLifetime
{
    internal WeChatSimulatorServer WeChat { get; private set; } = null!;

    internal ProductHost Product { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        WeChat = await WeChatSimulatorServer.StartAsync();
        Product = await ProductHost.StartAsync(WeChat.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await Product.DisposeAsync();
        await WeChat.DisposeAsync();
    }
}
