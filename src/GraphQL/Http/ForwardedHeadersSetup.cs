using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KnowledgePay.GraphQL.Http;

public static class ForwardedHeadersSetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    /// <summary>
    /// Takes the client's address and scheme from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> only when the
    /// connection comes from one of <c>ForwardedHeaders:KnownProxies</c> (IP addresses; none by default, so nothing is
    /// trusted). ASP.NET Core's default of trusting every loopback address is dropped: on one machine a client is loopback
    /// too, and could otherwise name any address it likes. Only the last hop is read, the one the proxy wrote.
    /// </summary>
    public static IHostApplicationBuilder AddForwardedHeadersFromProxies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return builder;
    }
}
