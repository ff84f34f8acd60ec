namespace KnowledgePay.Domain.Moderation;

/// <summary>Who sees a review, comment or reply.</summary>
public enum ModerationStatus
{
    /// <summary>Everyone.</summary>
    Visible,

    /// <summary>Only its author, until a moderator approves (Visible) or hides it (Hidden).</summary>
    Held,

    /// <summary>Only its author and moderators; a moderator may restore it.</summary>
    Hidden,
}
