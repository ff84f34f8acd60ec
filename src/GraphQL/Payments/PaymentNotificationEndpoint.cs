using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders.Commands.HandlePaymentNotification;
using Mediator;

namespace KnowledgePay.GraphQL.Payments;

/// <summary>
/// <c>POST /payments/wechatpay/notify</c>, where WeChat Pay pushes payment and refund results (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html). Plain
/// HTTP, not GraphQL: the signature covers the raw body bytes. Mapped only when WeChat Pay is configured.
/// </summary>
public static class PaymentNotificationEndpoint
{
    public const string Path = "/payments/wechatpay/notify";

    /// <summary>WeChat's notifications are a few KB; anything much larger is not one.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>WeChat waits 5 s for the reply; past this we answer FAIL so it delivers again rather than time out.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);

    public static IEndpointRouteBuilder MapPaymentNotificationEndpoint(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<IPaymentNotificationReader>() is not null)
        {
            endpoints.MapPost(Path, ReceiveAsync);
        }

        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, IPaymentNotificationReader reader, ISender sender, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(PaymentNotificationEndpoint));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(Deadline);
        try
        {
            var body = await NotificationBody.ReadAsync(http.Request, MaxBodyBytes, deadline.Token);
            if (body is null)
            {
                return NotificationReplies.Fail(StatusCodes.Status413PayloadTooLarge, "The body is too large.");
            }

            var reading = await reader.ReadAsync(NotificationBody.Headers(http.Request), body.Value, deadline.Token);
            if (reading.Verdict == NotificationVerdict.UnsupportedEvent)
            {
                return Results.NoContent();
            }

            if (!reading.IsAuthentic)
            {
                logger.LogWarning(
                    "Security: payment notification rejected ({Verdict}); Request-ID {RequestId}, from {RemoteIp}",
                    reading.Verdict, http.Request.Headers["Request-ID"].ToString(), http.Connection.RemoteIpAddress);
                return NotificationReplies.Fail(StatusCodes.Status401Unauthorized, "The signature could not be verified.");
            }

            var result = await sender.Send(new HandlePaymentNotificationCommand(reading.Notification!), deadline.Token);
            return result.ProviderShouldRetry
                ? NotificationReplies.Fail(StatusCodes.Status500InternalServerError, "Busy; please deliver again.")
                : Results.NoContent();
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Payment notification not settled within {Deadline}; asking for a redelivery", Deadline);
            return NotificationReplies.Fail(StatusCodes.Status500InternalServerError, "Busy; please deliver again.");
        }
    }
}
