using KnowledgePay.WeChatSimulator;

namespace KnowledgePay.GraphQL.WeChat;

/// <summary>
/// Runs the WeChat simulator inside the product's process when <c>WeChatSimulator:Embedded</c> is on
/// (Development), so <c>dotnet run</c> alone gives a working login; production never maps it.
/// </summary>
public static class EmbeddedWeChatSimulator
{
    public const string PathPrefix = "/wechat-sim";

    private const string EmbeddedKey = "WeChatSimulator:Embedded";

    public static IHostApplicationBuilder AddEmbeddedWeChatSimulator(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>(EmbeddedKey))
        {
            builder.Services.AddWeChatSimulator(builder.Configuration);
        }

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
