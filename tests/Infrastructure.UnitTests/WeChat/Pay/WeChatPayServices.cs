using KnowledgePay.Infrastructure.WeChat;
using KnowledgePay.Infrastructure.WeChat.Pay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

/// <summary>The production registration (<c>AddWeChatPay</c>) with the fake server as the HttpClient's transport.</summary>
internal static class WeChatPayServices
{
    public const string AppId = "wx5e7a1d0c3b2f4968";
    public const string ApiBaseUrl = "https://pay.test/wechat-sim/";
    public const string NotifyUrl = "https://shop.example/payments/wechat/notify";

    public static Dictionary<string, string?> Settings() => new()
    {
        ["WeChatPay:ApiBaseUrl"] = ApiBaseUrl,
        ["WeChatPay:NotifyUrl"] = NotifyUrl,
        ["WeChatPay:RequestTimeout"] = "00:00:00.200",
        ["WeChatPay:RetryDelay"] = "00:00:00.001",
        ["WeChatPay:MchId"] = TestKeys.MchId,
        ["WeChatPay:MerchantCertificateSerial"] = TestKeys.MerchantSerial,
        ["WeChatPay:MerchantPrivateKey"] = TestKeys.FixturePath(TestKeys.MerchantKeyFile),
        ["WeChatPay:ApiV3Key"] = TestKeys.ApiV3Key,
        ["WeChatPay:PlatformCertificates:0"] = TestKeys.FixturePath(TestKeys.PlatformCertificateFile),
        ["WeChatPay:PlatformPublicKey"] = TestKeys.FixturePath(TestKeys.PublicKeyFile),
        ["WeChatPay:PlatformPublicKeyId"] = TestKeys.PublicKeyId,
    };

    /// <summary>Certificate mode only: no WeChat Pay public key.</summary>
    public static Dictionary<string, string?> CertificateModeSettings()
    {
        var settings = Settings();
        settings.Remove("WeChatPay:PlatformPublicKey");
        settings.Remove("WeChatPay:PlatformPublicKeyId");
        return settings;
    }

    public static ServiceProvider Build(FakeWeChatPayServer server, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? Settings()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(new FixedClock(TestKeys.Now));
        services.AddLogging();
        services.Configure<WeChatOptions>(options => options.AppId = AppId);
        services.AddWeChatPay(configuration);
        services.AddHttpClient(WeChatPayRegistration.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => server);
        return services.BuildServiceProvider();
    }
}
