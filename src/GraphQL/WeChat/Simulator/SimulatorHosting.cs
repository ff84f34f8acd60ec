using KnowledgePay.GraphQL.Payments;
using KnowledgePay.Infrastructure.Storage;
using KnowledgePay.WeChatSimulator;
using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.GraphQL.WeChat.Simulator;

/// <summary>The embedded WeChat simulator (Debug builds only): its keys, its services and the product's settings pointing at it.</summary>
internal static class SimulatorHosting
{
    private const string KeyFolder = "wechatpay";
    private const string NotifyUrlKey = $"{WeChatPayKeys.ProductSection}:NotifyUrl";
    private const string MessagePushUrlKey = $"{VirtualPaymentSimulatorOptions.SectionName}:{nameof(VirtualPaymentSimulatorOptions.MessagePushUrl)}";

    /// <summary>
    /// Generates the merchant and platform keys once into <c>&lt;Storage:DataFolder&gt;/wechatpay</c> and points both the
    /// simulator and the product's <c>WeChat:ApiBaseUrl</c> and <c>WeChatPay:*</c> at them and at the origin the server
    /// listens on, so <c>--urls</c> moves the simulator and the notify URL along. Virtual Payment gets the simulator's
    /// OfferId, AppKeys and products (<c>WeChat:VirtualPayment:*</c>, sandbox env) and its message push Token and
    /// EncodingAESKey (<c>WeChat:MessagePush:*</c>), and the simulator pushes to this host's message push endpoint.
    /// Settings an operator gave win.
    /// </summary>
    public static void Add(IHostApplicationBuilder builder, string pathPrefix)
    {
        var configuration = builder.Configuration;
        var keyFolder = Path.Combine(DataFolder.Prepare(configuration, builder.Environment), KeyFolder);
        if (!File.Exists(Path.Combine(keyFolder, "wechatpay.json")))
        {
            KeyDirectory.Write(WeChatPayKeys.Generate(), keyFolder);
        }

        // Only what an operator left unset is derived, so their explicit URLs work whatever the server listens on.
        Uri Origin() => ServerOrigin.From(configuration);
        var simulatorUrl = configuration["WeChat:ApiBaseUrl"] ?? new Uri(Origin(), pathPrefix.TrimStart('/') + "/").AbsoluteUri;
        var notifyUrl = configuration[NotifyUrlKey] ?? new Uri(Origin(), PaymentNotificationEndpoint.Path).AbsoluteUri;
        var messagePushUrl = configuration[MessagePushUrlKey] ?? new Uri(Origin(), MessagePushEndpoint.Path).AbsoluteUri;
        var virtualPayment = configuration.GetSection(VirtualPaymentSimulatorOptions.SectionName).Get<VirtualPaymentSimulatorOptions>()
            ?? new VirtualPaymentSimulatorOptions();
        var settings = new Dictionary<string, string?>(KeyDirectory.Read(keyFolder).ProductSettings())
        {
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.KeyDirectory)}"] = keyFolder,
            ["WeChat:ApiBaseUrl"] = simulatorUrl,
            [$"{WeChatPayKeys.ProductSection}:ApiBaseUrl"] = simulatorUrl,
            [NotifyUrlKey] = notifyUrl,
            [MessagePushUrlKey] = messagePushUrl,
        };
        foreach (var (key, value) in virtualPayment.ProductSettings())
        {
            settings[key] = value;
        }

        configuration.AddInMemoryCollection(settings.Where(setting => configuration[setting.Key] is null));
        builder.Services.AddWeChatSimulator(configuration);
    }

    public static void Map(WebApplication app, string pathPrefix) => app.MapWeChatSimulator(pathPrefix);
}
