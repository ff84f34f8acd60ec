namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>A v3 error: HTTP status plus the body <c>{code, message, detail?}</c> (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html).</summary>
internal sealed record PayError(int Status, string Code, string Message, object? Detail = null)
{
    public PayErrorBody Body => new(Code, Message, Detail);
}

internal sealed record PayErrorBody(string Code, string Message, object? Detail);
