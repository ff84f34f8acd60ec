namespace KnowledgePay.Domain.Campaigns;

/// <summary>What happened to an enrolled user: held out (never acted on), deferred past quiet hours, acted on, or skipped.</summary>
public enum CampaignEnrolmentStatus
{
    HeldOut,
    Deferred,
    Delivered,

    /// <summary>The user had as many marketing actions as the frequency cap allows.</summary>
    SkippedCapped,

    /// <summary>The user withdrew marketing consent before the (deferred) action.</summary>
    SkippedNoConsent,

    /// <summary>The campaign ended before the deferred action was due.</summary>
    SkippedEnded,
}
