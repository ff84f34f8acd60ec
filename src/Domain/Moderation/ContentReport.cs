using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Moderation;

/// <summary>One user's report of one piece of content; a user reports a piece of content once.</summary>
public sealed class ContentReport : Entity
{
    private ContentReport()
    {
        Reason = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public ModeratedContentKind Kind { get; private set; }

    public Guid ContentId { get; private set; }

    public Guid ReporterId { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    internal static ContentReport Filed(ModerationCase moderationCase, Guid reporterId, string reason, DateTimeOffset now) => new()
    {
        CaseId = moderationCase.Id,
        Kind = moderationCase.Kind,
        ContentId = moderationCase.ContentId,
        ReporterId = reporterId,
        Reason = Text.Required(reason, ModerationLimits.ReportReasonLength, ModerationCaseErrors.InvalidReportReason),
        ReportedAt = now,
    };
}
