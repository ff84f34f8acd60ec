namespace KnowledgePay.Domain.Messaging;

public enum SubscriptionMessageStatus
{
    /// <summary>Requested; the outbox has not tried it yet.</summary>
    Pending,

    /// <summary>Claimed by one delivery, which is calling WeChat.</summary>
    Sending,

    /// <summary>WeChat accepted it; one grant was spent.</summary>
    Sent,

    /// <summary>The user held no grant for the template (or had banned it): nothing was sent.</summary>
    NoGrant,

    /// <summary>WeChat answered 43101: the user holds no subscription there, so ours is zeroed.</summary>
    Refused,

    /// <summary>A value broke its key's rule (47003), or the template id, openid or page was wrong (40037, 40003, 41030).</summary>
    Invalid,

    /// <summary>The template is switched off in configuration: nothing was sent.</summary>
    Disabled,

    /// <summary>WeChat was busy (-1) or unreachable: the grant is given back, the message is not tried again.</summary>
    Failed,
}
