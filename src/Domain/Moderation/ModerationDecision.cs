namespace KnowledgePay.Domain.Moderation;

/// <summary>What a moderator does with a piece of content.</summary>
public enum ModerationDecision
{
    /// <summary>Held or reported content is fine: shown to everyone.</summary>
    Approve,

    /// <summary>Shown only to its author from now on.</summary>
    Hide,

    /// <summary>Hidden content is shown again.</summary>
    Restore,
}
