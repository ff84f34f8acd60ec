using GraphQL.Types;
using KnowledgePay.Domain.Messaging;

namespace KnowledgePay.GraphQL.Messaging;

internal sealed class MessageTemplateGraphType : EnumerationGraphType<MessageTemplate>
{
    public MessageTemplateGraphType()
    {
        Name = "MessageTemplate";
        Description = "The subscription messages (订阅消息) the product sends; configuration maps each to a WeChat template.";
    }
}

internal sealed class SubscriptionDecisionGraphType : EnumerationGraphType<SubscriptionDecision>
{
    public SubscriptionDecisionGraphType()
    {
        Name = "SubscriptionDecision";
        Description = "What wx.requestSubscribeMessage answered for a template: accept (one more message), reject, or ban (switched off).";
    }
}

internal sealed class SubscriptionMessageStatusGraphType : EnumerationGraphType<SubscriptionMessageStatus>
{
    public SubscriptionMessageStatusGraphType()
    {
        Name = "SubscriptionMessageStatus";
        Description = "Where a message stands: PENDING/SENDING in flight, then SENT, NO_GRANT, REFUSED (43101), INVALID (47003, 40037, "
            + "40003, 41030), DISABLED (template switched off) or FAILED (WeChat busy or unreachable).";
    }
}
