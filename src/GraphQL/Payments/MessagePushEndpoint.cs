using System.Text.Json.Serialization;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.HandleVirtualPaymentPush;
using Mediator;

namespace KnowledgePay.GraphQL.Payments;

/// <summary>
/// <c>/wechat/message-push</c>, the mini program's message push server (https://developers.weixin.qq.com/minigame/dev/guide/base-ability/message-push.md),
/// where Virtual Payment's delivery and refund events arrive
/// (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/wechatpay/virtual-payment-callback.md).
/// GET answers the address check; POST is verified on the raw body, then settled through one Mediator command. Replies
/// are JSON <c>{"ErrCode":0,"ErrMsg":"success"}</c>; anything else makes WeChat push again. Mapped only when configured.
/// </summary>
public static class MessagePushEndpoint
{
    public const string Path = "/wechat/message-push";

    /// <summary>Pushes are a few KB; anything much larger is not one.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Past this we ask for a redelivery rather than let WeChat time out.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);

    public static IEndpointRouteBuilder MapMessagePushEndpoint(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<IVirtualPaymentPushReader>() is not null)
        {
            endpoints.MapGet(Path, Handshake);
            endpoints.MapPost(Path, ReceiveAsync);
        }

        return endpoints;
    }

    private static IResult Handshake(HttpContext http, IVirtualPaymentPushReader reader) =>
        reader.Handshake(Query(http.Request)) is { } echo
            ? Results.Text(echo, "text/plain")
            : Results.StatusCode(StatusCodes.Status401Unauthorized);

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, IVirtualPaymentPushReader reader, ISender sender, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagePushEndpoint));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(Deadline);
        try
        {
            var body = await NotificationBody.ReadAsync(http.Request, MaxBodyBytes, deadline.Token);
            if (body is null)
            {
                return Reply(StatusCodes.Status413PayloadTooLarge, 413, "The body is too large.");
            }

            var reading = reader.Read(Query(http.Request), body.Value);
            if (reading.Verdict == PushVerdict.UnsupportedEvent)
            {
                return Success();
            }

            if (!reading.IsAuthentic)
            {
                logger.LogWarning(
                    "Security: message push rejected ({Verdict}) from {RemoteIp}", reading.Verdict, http.Connection.RemoteIpAddress);
                return Reply(StatusCodes.Status401Unauthorized, 401, "The signature could not be verified.");
            }

            var result = await sender.Send(new HandleVirtualPaymentPushCommand(reading.Push!), deadline.Token);
            return result.ProviderShouldRetry || result.Outcome == SettlementOutcome.NotFinal
                ? Reply(StatusCodes.Status200OK, 1, "Not settled yet; please push again.")
                : Success();
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Message push not settled within {Deadline}; asking for a redelivery", Deadline);
            return Reply(StatusCodes.Status200OK, 1, "Busy; please push again.");
        }
    }

    private static IReadOnlyDictionary<string, string> Query(HttpRequest request) =>
        request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);

    private static IResult Success() => Reply(StatusCodes.Status200OK, 0, "success");

    private static IResult Reply(int status, int errCode, string errMsg) =>
        Results.Json(new PushReply(errCode, errMsg), statusCode: status);

    /// <summary>Serialised with the host's web defaults would be camelCase; WeChat reads PascalCase.</summary>
    private sealed record PushReply([property: JsonPropertyName("ErrCode")] int ErrCode, [property: JsonPropertyName("ErrMsg")] string ErrMsg);
}
