namespace KnowledgePay.Domain.Messaging;

/// <summary>
/// What the user chose for one template in <c>wx.requestSubscribeMessage</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html).
/// </summary>
public enum SubscriptionDecision
{
    /// <summary>accept: one more message of the template may be sent.</summary>
    Accept,

    /// <summary>reject: this time no.</summary>
    Reject,

    /// <summary>ban: the user switched the template off in the mini program's settings; nothing is sent until accepted again.</summary>
    Ban,
}
