namespace KnowledgePay.Domain.Messaging;

/// <summary>
/// The subscription-message templates (订阅消息) the product sends; the operator maps each to a WeChat template id and
/// its data fields in configuration. A learner grants each template on its own in the mini program.
/// </summary>
public enum MessageTemplate
{
    OrderPaid,
    RefundCompleted,
    MembershipExpiring,
    GroupBuyCompleted,

    /// <summary>A marketing message a campaign sends (needs marketing consent as well as the grant).</summary>
    CampaignOffer,

    /// <summary>The user's data export is ready to download (until it expires).</summary>
    DataExportReady,
}
