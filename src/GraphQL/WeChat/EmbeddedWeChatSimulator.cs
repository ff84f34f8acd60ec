using KnowledgePay.Infrastructure.Hosting;

namespace KnowledgePay.GraphQL.WeChat;

/// <summary>
/// <c>WeChatSimulator:Embedded</c> runs the WeChat simulator inside the host, so <c>dotnet run</c> alone gives a working
/// login and purchase in Development. The simulator mints logins and confirms payments: only Debug builds contain it
/// (<c>GraphQL.csproj</c>), and the host refuses to start when it is switched on outside Development or in a build
/// without it.
/// </summary>
public static class EmbeddedWeChatSimulator
{
    public const string PathPrefix = "/wechat-sim";

    private const string EmbeddedKey = "WeChatSimulator:Embedded";

    /// <summary>Call before Infrastructure registers: the simulator supplies the <c>WeChat</c> and <c>WeChatPay</c> settings it answers.</summary>
    public static IHostApplicationBuilder AddEmbeddedWeChatSimulator(this IHostApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(EmbeddedKey))
        {
            return builder;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw Refused($"the environment is {builder.Environment.EnvironmentName}, and it runs only in Development");
        }

#if EMBEDDED_WECHAT_SIMULATOR
        Simulator.SimulatorHosting.Add(builder, PathPrefix);
        return builder;
#else
        throw Refused("this build of the host does not contain it (only Debug builds do)");
#endif
    }

    /// <summary>Whether the simulator runs inside this host (the dashboard offers its demo sign-in then).</summary>
    public static bool IsEmbedded(IConfiguration configuration) => configuration.GetValue<bool>(EmbeddedKey);

    public static WebApplication MapEmbeddedWeChatSimulator(this WebApplication app)
    {
#if EMBEDDED_WECHAT_SIMULATOR
        if (IsEmbedded(app.Configuration))
        {
            Simulator.SimulatorHosting.Map(app, PathPrefix);
        }
#endif
        return app;
    }

    private static StartRefusedException Refused(string reason) =>
        new($"KnowledgePay will not start: {EmbeddedKey} is on, but {reason}. Turn it off and configure the real WeChat "
            + "(WeChat:ApiBaseUrl, WeChat:AppId, WeChat:AppSecret and the WeChatPay section).");
}
