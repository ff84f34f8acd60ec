using KnowledgePay.GraphQL.Payments;
using KnowledgePay.Infrastructure.Storage;
using KnowledgePay.WeChatSimulator;
using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.GraphQL.WeChat;

/// <summary>
/// Runs the WeChat simulator inside the product's process when <c>WeChatSimulator:Embedded</c> is on
/// (Development), so <c>dotnet run</c> alone gives a working login and purchase; production never maps it.
/// </summary>
public static class EmbeddedWeChatSimulator
{
    public const string PathPrefix = "/wechat-sim";

    private const string EmbeddedKey = "WeChatSimulator:Embedded";
    private const string KeyFolder = "wechatpay";

    /// <summary>
    /// Call before Infrastructure registers: WeChat Pay joins only when its section exists. Generates the merchant and
    /// platform keys once into <c>&lt;Storage:DataFolder&gt;/wechatpay</c>, and points both the simulator and the product's
    /// <c>WeChatPay:*</c> at them (settings an operator gave win).
    /// </summary>
    public static IHostApplicationBuilder AddEmbeddedWeChatSimulator(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!configuration.GetValue<bool>(EmbeddedKey))
        {
            return builder;
        }

        var keyFolder = Path.Combine(DataFolder.Prepare(configuration, builder.Environment), KeyFolder);
        if (!File.Exists(Path.Combine(keyFolder, "wechatpay.json")))
        {
            KeyDirectory.Write(WeChatPayKeys.Generate(), keyFolder);
        }

        // The simulator answers under this host's own origin, so that origin also receives its notifications.
        var simulatorUrl = new Uri(configuration["WeChat:ApiBaseUrl"] ?? throw new InvalidOperationException("WeChat:ApiBaseUrl is not set."));
        var settings = new Dictionary<string, string?>(KeyDirectory.Read(keyFolder).ProductSettings())
        {
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.KeyDirectory)}"] = keyFolder,
            [$"{WeChatPayKeys.ProductSection}:ApiBaseUrl"] = simulatorUrl.AbsoluteUri,
            [$"{WeChatPayKeys.ProductSection}:NotifyUrl"] = new Uri(simulatorUrl, PaymentNotificationEndpoint.Path).AbsoluteUri,
        };
        configuration.AddInMemoryCollection(settings.Where(setting => configuration[setting.Key] is null));
        builder.Services.AddWeChatSimulator(configuration);
        return builder;
    }

    public static WebApplication MapEmbeddedWeChatSimulator(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(EmbeddedKey))
        {
            app.MapWeChatSimulator(PathPrefix);
        }

        return app;
    }
}
