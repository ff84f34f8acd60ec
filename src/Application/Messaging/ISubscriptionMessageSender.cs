namespace KnowledgePay.Application.Messaging;

/// <summary>
/// Sends one subscription message through WeChat's subscribeMessage.send
/// (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
/// </summary>
public interface ISubscriptionMessageSender
{
    Task<SubscriptionSendResult> SendAsync(SubscriptionMessageSend message, CancellationToken cancellationToken);
}

/// <param name="Data">WeChat key (thing1, amount2…) → value.</param>
public sealed record SubscriptionMessageSend(string OpenId, string TemplateId, string Page, IReadOnlyDictionary<string, string> Data);

/// <param name="ErrCode">WeChat's errcode, 0 on success or when no answer came.</param>
/// <param name="MsgId">WeChat's message id when it gives one.</param>
public sealed record SubscriptionSendResult(SubscriptionSendOutcome Outcome, int ErrCode, string? MsgId);

public enum SubscriptionSendOutcome
{
    Sent,

    /// <summary>43101: the user has no subscription left (refused, or switched it off).</summary>
    Refused,

    /// <summary>47003 (a value breaks its key's rule), 40037 (template id), 40003 (openid), 41030 (page).</summary>
    Invalid,

    /// <summary>-1 system busy, or no answer at all.</summary>
    Failed,
}
