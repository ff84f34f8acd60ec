using KnowledgePay.Application.Common.Interfaces.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

public static class WeChatPayRegistration
{
    public const string HttpClientName = "WeChatPay";

    /// <summary>
    /// The WeChat Pay JSAPI gateway and notification reader, registered only when section <c>WeChatPay</c> exists;
    /// then its settings are validated at start and the key material is loaded once. The app id comes from
    /// <c>WeChat:AppId</c>. The HttpClient has no logging handlers, so neither signatures nor bodies reach the logs; every
    /// WeChat Pay call is idempotent on its order or refund number, so its resilience pipeline repeats unanswered calls.
    /// </summary>
    public static IServiceCollection AddWeChatPay(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetSection(WeChatPayOptions.SectionName).Exists())
        {
            return services;
        }

        services.AddOptions<WeChatPayOptions>()
            .BindConfiguration(WeChatPayOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => MerchantKeyMaterial.Load(sp.GetRequiredService<IOptions<WeChatPayOptions>>().Value));
        services.AddSingleton(sp => sp.GetRequiredService<MerchantKeyMaterial>().PlatformKeys);
        services.AddSingleton(sp => new AeadAes256GcmDecryptor(sp.GetRequiredService<MerchantKeyMaterial>().ApiV3Key));
        services.AddSingleton<WeChatPaySigner>();
        services.AddSingleton<WeChatPaySignatureVerifier>();
        services.AddSingleton<MiniProgramPaymentSigner>();
        services.AddHttpClient(HttpClientName, (sp, client) =>
            {
                var settings = sp.GetRequiredService<IOptions<WeChatPayOptions>>().Value;
                var baseUrl = settings.ApiBaseUrl.AbsoluteUri;
                client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers()
            .AddResilienceHandler(HttpClientName, (pipeline, context) => WeChatResilience.Configure(
                pipeline, context.ServiceProvider.GetRequiredService<IOptions<WeChatPayOptions>>().Value, retry: true));
        services.AddSingleton<PlatformCertificateDownloader>();
        services.AddSingleton<RefreshingSignatureVerifier>();
        services.AddHostedService<PlatformCertificateRefresher>();
        services.AddSingleton<WeChatPayApiClient>();
        services.AddSingleton<IPaymentGateway, WeChatPayJsapiGateway>();
        services.AddSingleton<IPaymentNotificationReader, WeChatPayNotificationReader>();
        return services;
    }
}
