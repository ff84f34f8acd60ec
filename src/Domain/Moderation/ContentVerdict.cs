namespace KnowledgePay.Domain.Moderation;

/// <summary>What screening decided about a piece of user-written text (WeChat msgSecCheck's <c>suggest</c>, plus our own word list).</summary>
public enum ContentVerdict
{
    /// <summary>Shown at once.</summary>
    Pass,

    /// <summary>Kept but hidden from everyone but its author until a moderator approves it.</summary>
    Review,

    /// <summary>Refused: nothing is saved and the author gets <see cref="ModerationErrors.ContentRefusedCode"/>.</summary>
    Risky,
}
