namespace KnowledgePay.Domain.Moderation;

public enum ModerationCaseStatus
{
    /// <summary>Waiting for a moderator.</summary>
    Open,

    /// <summary>A moderator decided; a later hold or report opens a new case.</summary>
    Resolved,
}
