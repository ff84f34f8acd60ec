namespace KnowledgePay.Domain.Moderation;

/// <summary>Why content waits in the moderation queue.</summary>
public enum ModerationHoldReason
{
    /// <summary>WeChat's content-security check suggested a human look (suggest = review).</summary>
    ContentSecurityReview,

    /// <summary>The text holds a word on the operator's review list.</summary>
    SensitiveWord,

    /// <summary>WeChat could not be asked; held rather than shown unchecked.</summary>
    CheckUnavailable,

    /// <summary>Users reported it.</summary>
    UserReports,
}
