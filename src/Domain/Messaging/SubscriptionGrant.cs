using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Messaging;

/// <summary>
/// How many one-time subscription messages (一次性订阅消息) of one WeChat template a user may still receive: each accept in
/// <c>wx.requestSubscribeMessage</c> allows one more, each message sent spends one. Both are conditional updates in SQL,
/// so racing reports and sends never lose a count and a count never goes below zero. A ban stops every send until the
/// user accepts again.
/// </summary>
public sealed class SubscriptionGrant : Entity
{
    private SubscriptionGrant()
    {
        TemplateId = null!;
    }

    public Guid UserId { get; private set; }

    public string TemplateId { get; private set; }

    public int Remaining { get; private set; }

    public SubscriptionDecision LastDecision { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>The row a first report opens with no grant yet; the report's decisions are then counted onto it.</summary>
    public static SubscriptionGrant Open(Guid userId, string templateId, DateTimeOffset now) => new()
    {
        UserId = userId,
        TemplateId = templateId,
        LastDecision = SubscriptionDecision.Reject,
        DecidedAt = now,
    };
}
