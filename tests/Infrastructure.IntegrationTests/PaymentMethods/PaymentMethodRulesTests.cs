using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.IntegrationTests.PaymentMethods;

/// <summary>The <c>PaymentMethods</c> section as the host binds it: sensible rules load, nonsense stops the start.</summary>
public sealed class PaymentMethodRulesTests : SimulatedWeChatTests
{
    [Theory]
    [InlineData("Ios:Methods:0", "ApplePay")]
    [InlineData("Ios:Methods:0", "7")]
    [InlineData("Symbian:Methods:0", "WeChatPayJsapi")]
    [InlineData("9:HidePrices", "true")]
    [InlineData("Ios:Methods:1", "WeChatVirtualPayment")]
    [InlineData("Ios:HidePrices", "true")]
    public async Task TheHostRefusesToStartWithRulesThatMeanNothing(string key, string value)
    {
        await using var product = await ProductHost.StartAsync(WeChat.BaseUrl, new Dictionary<string, string?>
        {
            ["PaymentMethods:Platforms:Ios:Methods:0"] = "WeChatVirtualPayment",
            [$"PaymentMethods:Platforms:{key}"] = value,
        });

        var failure = await Assert.ThrowsAnyAsync<Exception>(product.StartServicesAsync);

        Assert.Contains("PaymentMethods", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartsWithRulesThatNameOurPlatformsAndMethods()
    {
        await using var product = await ProductHost.StartAsync(WeChat.BaseUrl, new Dictionary<string, string?>
        {
            ["PaymentMethods:Platforms:ios:Methods:0"] = "WeChatVirtualPayment",
            ["PaymentMethods:Platforms:Mac:HidePrices"] = "true",
            ["Outbox:Enabled"] = "false",
        });

        await product.StartServicesAsync();
    }

    [Fact]
    public async Task BindsThePlatformsRulesByName()
    {
        await using var product = await ProductHost.StartAsync(WeChat.BaseUrl, new Dictionary<string, string?>
        {
            ["PaymentMethods:Platforms:ios:Methods:0"] = "WeChatVirtualPayment",
            ["PaymentMethods:Platforms:Mac:HidePrices"] = "true",
        });

        var rules = product.Services.GetRequiredService<IOptionsMonitor<PaymentMethodOptions>>().CurrentValue.Platforms;

        Assert.Equal([Domain.Orders.PaymentChannel.WeChatVirtualPayment], rules[Application.Common.Interfaces.ClientPlatform.Ios].Methods);
        Assert.True(rules[Application.Common.Interfaces.ClientPlatform.Mac].HidePrices);
        Assert.Empty(rules[Application.Common.Interfaces.ClientPlatform.Mac].Methods);
    }
}
