using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Infrastructure.WeChat.Pay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class WeChatPayRegistrationTests
{
    [Fact]
    public void NothingIsRegisteredWithoutTheWeChatPaySection()
    {
        using var services = WeChatPayServices.Build(new FakeWeChatPayServer(), []);

        Assert.Null(services.GetService<IPaymentGateway>());
        Assert.Null(services.GetService<IPaymentNotificationReader>());
    }

    [Fact]
    public void TheGatewayAndReaderAreRegisteredWithTheSection()
    {
        using var services = WeChatPayServices.Build(new FakeWeChatPayServer());

        Assert.Equal(PaymentChannel.WeChatPayJsapi, services.GetRequiredService<IPaymentGateway>().Channel);
        Assert.NotNull(services.GetService<IPaymentNotificationReader>());
    }

    [Theory]
    [InlineData("https://shop.example/notify?order=1")]
    [InlineData("http://shop.example/notify")]
    [InlineData("/payments/wechat/notify")]
    public void ANotifyUrlWeChatCannotUseIsRefused(string notifyUrl)
    {
        var settings = WeChatPayServices.Settings();
        settings["WeChatPay:NotifyUrl"] = notifyUrl;
        using var services = WeChatPayServices.Build(new FakeWeChatPayServer(), settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WeChatPayOptions>>().Value);

        Assert.Contains("NotifyUrl", error.Message);
    }

    [Fact]
    public void AnHttpNotifyUrlIsAcceptedOnLoopbackForTheSimulator()
    {
        var settings = WeChatPayServices.Settings();
        settings["WeChatPay:NotifyUrl"] = "http://127.0.0.1:5080/payments/wechat/notify";
        using var services = WeChatPayServices.Build(new FakeWeChatPayServer(), settings);

        Assert.Equal(settings["WeChatPay:NotifyUrl"], services.GetRequiredService<IOptions<WeChatPayOptions>>().Value.NotifyUrl?.AbsoluteUri);
    }
}
