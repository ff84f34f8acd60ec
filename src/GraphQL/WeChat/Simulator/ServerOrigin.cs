namespace KnowledgePay.GraphQL.WeChat.Simulator;

/// <summary>
/// Where this host can reach itself: the first <c>http</c> address Kestrel is told to listen on (setting <c>urls</c>:
/// <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>Urls</c> in appsettings), else the first one, with a wildcard host
/// (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) read as loopback. A dynamic port (<c>:0</c>, as test servers ask for)
/// is known only once the server listens, so it yields no reachable origin: set <c>WeChat:ApiBaseUrl</c> and
/// <c>WeChatPay:NotifyUrl</c> to use the simulator there.
/// </summary>
internal static class ServerOrigin
{
    private const string KestrelDefault = "http://localhost:5000";

    public static Uri From(IConfiguration configuration)
    {
        var urls = (configuration[WebHostDefaults.ServerUrlsKey] ?? KestrelDefault)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(BindingAddress.Parse)
            .ToList();
        var address = urls.FirstOrDefault(url => url.Scheme == Uri.UriSchemeHttp) ?? urls.FirstOrDefault()
            ?? BindingAddress.Parse(KestrelDefault);
        return new UriBuilder(address.Scheme, LoopbackFor(address.Host), address.Port).Uri;
    }

    private static string LoopbackFor(string host) => host switch
    {
        "*" or "+" => "localhost",
        "0.0.0.0" => "127.0.0.1",
        "[::]" or "::" => "[::1]",
        _ => host,
    };
}
