using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Infrastructure.WeChat.MessagePush;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

public static class VirtualPaymentRegistration
{
    /// <summary>
    /// The Virtual Payment gateway, registered only when section <c>WeChat:VirtualPayment</c> exists, and the message push
    /// reader that brings its events, only when <c>WeChat:MessagePush</c> exists; settings are validated at start. Calls
    /// use the <c>WeChat</c> section's base URL and resilience, and the HttpClient named
    /// <see cref="VirtualPaymentApiClient.HttpClientName"/>, which the caller registers with retries.
    /// </summary>
    public static IServiceCollection AddVirtualPayment(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetSection(MessagePushOptions.SectionName).Exists())
        {
            services.AddOptions<MessagePushOptions>()
                .BindConfiguration(MessagePushOptions.SectionName)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.AddSingleton<IVirtualPaymentPushReader, VirtualPaymentPushReader>();
        }

        if (!configuration.GetSection(VirtualPaymentOptions.SectionName).Exists())
        {
            return services;
        }

        services.AddOptions<VirtualPaymentOptions>()
            .BindConfiguration(VirtualPaymentOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.AppKey.Length > 0, "The AppKey of the configured Env is missing.")
            .ValidateOnStart();
        services.AddSingleton<VirtualPaymentBuyers>();
        services.AddSingleton<VirtualPaymentApiClient>();
        services.AddSingleton<VirtualPaymentOrders>();
        services.AddSingleton<IPaymentGateway, VirtualPaymentGateway>();
        services.AddSingleton<IVirtualPaymentDeliveries, VirtualPaymentDeliveries>();
        return services;
    }
}
