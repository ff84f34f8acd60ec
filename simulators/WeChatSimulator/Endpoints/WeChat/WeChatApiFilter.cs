using KnowledgePay.WeChatSimulator.Calls;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>Counts every call to a WeChat API and answers with an armed fault before the API touches any state.</summary>
internal sealed class WeChatApiFilter(string api) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        services.GetRequiredService<UpstreamCallLog>().Record(api);
        if (services.GetRequiredService<FaultQueue<WeChatError>>().TryTake(api) is not { } fault)
        {
            return await next(context);
        }
        if (fault == WeChatErrors.InvalidCredential)
        {
            // A business API saying 40001 means the token really is gone, so the caller's refresh must get a new one.
            services.GetRequiredService<StableAccessTokens>().RevokeAll();
        }
        return WeChatResults.Error(fault);
    }
}

internal static class WeChatApiFilterExtensions
{
    public static RouteHandlerBuilder AsWeChatApi(this RouteHandlerBuilder endpoint, string api) =>
        endpoint.AddEndpointFilter(new WeChatApiFilter(api));
}
