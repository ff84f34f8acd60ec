using KnowledgePay.WeChatSimulator.Calls;
using KnowledgePay.WeChatSimulator.Client;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Endpoints.Control;
using KnowledgePay.WeChatSimulator.Endpoints.Pay;
using KnowledgePay.WeChatSimulator.Endpoints.VirtualPayment;
using KnowledgePay.WeChatSimulator.Endpoints.WeChat;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Keys;
using KnowledgePay.WeChatSimulator.Notifications;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.ContentSecurity;
using KnowledgePay.WeChatSimulator.State.MiniProgramCodes;
using KnowledgePay.WeChatSimulator.State.Pay;
using KnowledgePay.WeChatSimulator.State.SubscriptionMessages;
using KnowledgePay.WeChatSimulator.State.VirtualPayment;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator;

/// <summary>Hosts the simulator standalone (Program.cs) or inside another ASP.NET Core app.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// The named <see cref="HttpClient"/> that delivers WeChat Pay notifications; a host can swap its primary handler,
    /// e.g. to reach a notify_url served by an in-memory test server.
    /// </summary>
    public const string NotificationHttpClient = "WeChatSimulator.Notifications";

    /// <summary>
    /// Registers the simulator's in-memory state, bound to the <c>WeChatSimulator</c> configuration section. WeChat Pay
    /// uses <paramref name="payKeys"/> when given (the host hands the merchant side to the product), else the keys in
    /// <c>WeChatSimulator:Pay:KeyDirectory</c>, else keys generated for this run.
    /// </summary>
    public static IServiceCollection AddWeChatSimulator(
        this IServiceCollection services, IConfiguration configuration, WeChatPayKeys? payKeys = null)
    {
        services.AddOptions<WeChatSimulatorOptions>()
            .Bind(configuration.GetSection(WeChatSimulatorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PaySimulatorOptions>()
            .Bind(configuration.GetSection(PaySimulatorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSimulatorState<SimulatedClock>();
        services.AddSimulatorState<UpstreamCallLog>();
        services.AddSimulatorState<FaultQueue<WeChatError>>();
        services.AddSimulatorState<UserDirectory>();
        services.AddSimulatorState<LoginCodes>();
        services.AddSimulatorState<PhoneCodes>();
        services.AddSimulatorState<UserRateLimiter>();
        services.AddSimulatorState<StableAccessTokens>();
        services.AddSimulatorState<ContentRules>();
        services.AddSimulatorState<DrawnCodes>();
        services.AddSimulatorState<SubscriptionLedger>();
        services.AddSingleton<MiniProgramClient>();
        services.AddWeChatPay(payKeys);
        services.AddVirtualPayment();
        return services;
    }

    /// <summary>
    /// Maps the WeChat API paths and the <c>/__sim</c> control endpoints under <paramref name="prefix"/>
    /// (empty for a standalone host). Control endpoints are for development and tests only.
    /// </summary>
    public static RouteGroupBuilder MapWeChatSimulator(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        var simulator = endpoints.MapGroup(prefix);
        Code2SessionEndpoint.Map(simulator);
        StableTokenEndpoint.Map(simulator);
        PhoneNumberEndpoint.Map(simulator);
        CheckSessionEndpoint.Map(simulator);
        MsgSecCheckEndpoint.Map(simulator);
        UnlimitedCodeEndpoint.Map(simulator);
        SubscribeMessageSendEndpoint.Map(simulator);
        MapWeChatPay(simulator);
        XPayApiEndpoints.Map(simulator);

        var control = simulator.MapGroup("/__sim");
        UserControlEndpoints.Map(control);
        ClockControlEndpoints.Map(control);
        FaultControlEndpoints.Map(control);
        InspectionEndpoints.Map(control);
        PayControlEndpoints.Map(control);
        XPayControlEndpoints.Map(control);
        DeliveryControlEndpoints.Map(control);
        PlatformKeyControlEndpoints.Map(control);
        ShippingControlEndpoints.Map(control);
        ContentSecurityControlEndpoints.Map(control);
        MiniProgramCodeControlEndpoints.Map(control);
        SubscriptionControlEndpoints.Map(control);
        return simulator;
    }

    private static void AddWeChatPay(this IServiceCollection services, WeChatPayKeys? payKeys)
    {
        services.AddSingleton(provider => new PayKeyring(
            payKeys ?? LoadOrGenerateKeys(provider.GetRequiredService<IOptions<PaySimulatorOptions>>().Value),
            provider.GetRequiredService<IOptions<PaySimulatorOptions>>(),
            provider.GetRequiredService<SimulatedClock>()));
        services.AddSingleton<ISimulatorState>(provider => provider.GetRequiredService<PayKeyring>());
        services.AddSimulatorState<FaultQueue<PayApiFault>>();
        services.AddSimulatorState<FaultQueue<NotificationFault>>();
        services.AddSimulatorState<PayLedger>();
        services.AddSimulatorState<ShippingUploads>();
        services.AddSimulatorState<DeliveryLog>();
        services.AddSingleton<PayNotificationProtocol>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<PaymentSheet>();
        services.AddHttpClient(NotificationHttpClient);
        services.AddSimulatorState<NotificationSender>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationSender>());
        services.AddSingleton<RefundSettlement>();
        services.AddHostedService(provider => provider.GetRequiredService<RefundSettlement>());
    }

    /// <summary>Virtual Payment (section <c>WeChatSimulator:VirtualPayment</c>); its pushes share WeChat Pay's sender and faults.</summary>
    private static void AddVirtualPayment(this IServiceCollection services)
    {
        services.AddOptions<VirtualPaymentSimulatorOptions>()
            .BindConfiguration(VirtualPaymentSimulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSimulatorState<XPayLedger>();
        services.AddSingleton<MessagePushProtocol>();
        services.AddSingleton<XPayPushes>();
        services.AddSingleton<VirtualPaymentSheet>();
        services.AddSingleton<XPayRefundSettlement>();
        services.AddHostedService(provider => provider.GetRequiredService<XPayRefundSettlement>());
    }

    private static WeChatPayKeys LoadOrGenerateKeys(PaySimulatorOptions options) =>
        options.KeyDirectory is { } directory ? KeyDirectory.Read(directory) : WeChatPayKeys.Generate();

    private static void MapWeChatPay(RouteGroupBuilder simulator)
    {
        JsapiEndpoint.Map(simulator);
        QueryByOutTradeNoEndpoint.Map(simulator);
        QueryByTransactionIdEndpoint.Map(simulator);
        CloseEndpoint.Map(simulator);
        RefundEndpoint.Map(simulator);
        RefundQueryEndpoint.Map(simulator);
        CertificatesEndpoint.Map(simulator);
        ShippingInfoEndpoint.Map(simulator);
    }

    private static void AddSimulatorState<TState>(this IServiceCollection services)
        where TState : class, ISimulatorState
    {
        services.AddSingleton<TState>();
        services.AddSingleton<ISimulatorState>(provider => provider.GetRequiredService<TState>());
    }
}
