using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Moderation;

/// <summary>
/// One piece of content waiting for (or decided by) a moderator: opened when its feature holds it
/// (<see cref="ContentHeldEvent"/>), when a user reports it, or when a moderator acts on content nobody flagged. A piece of
/// content has at most one open case; holds and reports add to it. The decision travels to the owning feature as
/// <see cref="ContentModeratedEvent"/>.
/// </summary>
public sealed class ModerationCase : Entity
{
    /// <summary>
    /// The moderator named in <see cref="ContentModeratedEvent"/> when the system, not a person, acts: enough reports
    /// hold visible content. No user has this id.
    /// </summary>
    public static readonly Guid SystemModeratorId = Guid.Empty;

    private readonly List<ModerationHoldReason> _reasons = [];

    private ModerationCase()
    {
        Text = string.Empty;
    }

    public ModeratedContentKind Kind { get; private set; }

    public Guid ContentId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>The course the content belongs to, whose creator may moderate it; null for profile text (admins only).</summary>
    public Guid? CourseId { get; private set; }

    /// <summary>The text as it was when last held or reported, so the moderator sees what was flagged.</summary>
    public string Text { get; private set; }

    /// <summary>Why it is in the queue, each reason once, in the order they came.</summary>
    public IReadOnlyCollection<ModerationHoldReason> Reasons => _reasons;

    public int ReportCount { get; private set; }

    public ModerationCaseStatus Status { get; private set; }

    public ModerationDecision? Decision { get; private set; }

    /// <summary>Who decided; <see cref="SystemModeratorId"/> never decides a case.</summary>
    public Guid? ModeratorId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Bumped by every change: of two racing reports or decisions only one saves, and the other retries.</summary>
    public int Version { get; private set; }

    public static ModerationCase Open(
        ModeratedContentKind kind, Guid contentId, Guid authorId, Guid? courseId, string text, DateTimeOffset now) => new()
        {
            Kind = kind,
            ContentId = contentId,
            AuthorId = authorId,
            CourseId = courseId,
            Text = Snapshot(text),
            Status = ModerationCaseStatus.Open,
            OpenedAt = now,
        };

    /// <summary>The owning feature held the content (again, perhaps with new text).</summary>
    public void Hold(string text, ModerationHoldReason reason)
    {
        EnsureOpen();
        Text = Snapshot(text);
        AddReason(reason);
        Version++;
    }

    /// <summary>
    /// Counts a user's report. The report that reaches <paramref name="reportsToHold"/> holds content that is still
    /// visible until a moderator decides (<see cref="ContentModeratedEvent"/> from <see cref="SystemModeratorId"/>).
    /// </summary>
    public ContentReport Report(Guid reporterId, string reason, ModerationStatus contentStatus, int reportsToHold, DateTimeOffset now)
    {
        EnsureOpen();
        var report = ContentReport.Filed(this, reporterId, reason, now);
        ReportCount++;
        Version++;
        if (ReportCount >= reportsToHold && contentStatus == ModerationStatus.Visible && !_reasons.Contains(ModerationHoldReason.UserReports))
        {
            AddReason(ModerationHoldReason.UserReports);
            Raise(new ContentModeratedEvent(Kind, ContentId, ModerationStatus.Held, SystemModeratorId));
        }

        return report;
    }

    /// <summary>
    /// A moderator's decision on content that is <paramref name="contentStatus"/> now: approve or hide what is not hidden,
    /// restore what is. Resolves the case.
    /// </summary>
    public void Decide(ModerationDecision decision, ModerationStatus contentStatus, Guid moderatorId, DateTimeOffset now)
    {
        EnsureOpen();
        var status = (decision, contentStatus) switch
        {
            (ModerationDecision.Approve, not ModerationStatus.Hidden) => ModerationStatus.Visible,
            (ModerationDecision.Hide, not ModerationStatus.Hidden) => ModerationStatus.Hidden,
            (ModerationDecision.Restore, ModerationStatus.Hidden) => ModerationStatus.Visible,
            _ => throw ModerationCaseErrors.DecisionNotApplicable(decision, contentStatus),
        };
        Status = ModerationCaseStatus.Resolved;
        Decision = decision;
        ModeratorId = moderatorId;
        DecidedAt = now;
        Version++;
        Raise(new ContentModeratedEvent(Kind, ContentId, status, moderatorId));
    }

    private static string Snapshot(string text) =>
        text.Length > ModerationLimits.TextSnapshotLength ? text[..ModerationLimits.TextSnapshotLength] : text;

    private void AddReason(ModerationHoldReason reason)
    {
        if (!_reasons.Contains(reason))
        {
            _reasons.Add(reason);
        }
    }

    private void EnsureOpen()
    {
        if (Status != ModerationCaseStatus.Open)
        {
            throw new InvalidOperationException("A resolved case does not change; open a new one.");
        }
    }
}
