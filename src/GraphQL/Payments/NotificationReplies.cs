namespace KnowledgePay.GraphQL.Payments;

/// <summary>WeChat Pay's reply contract: 2xx means received; 4xx/5xx with <c>{"code":"FAIL","message"}</c> asks for a redelivery.</summary>
internal static class NotificationReplies
{
    public static IResult Fail(int status, string message) =>
        Results.Json(new FailReply("FAIL", message), statusCode: status);

    private sealed record FailReply(string Code, string Message);
}
