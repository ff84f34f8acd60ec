using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Risk;

/// <summary>
/// An anomaly a rule noticed, waiting in the operators' review queue. It names a user when the anomaly is theirs, or only
/// a subject (an address, an out_trade_no) when no account is known. While open or confirmed, its restriction applies to
/// the user; an admin clearing it (a false flag) lifts the restriction. Reviews are audited through their events.
/// </summary>
public sealed class RiskFlag : Entity
{
    public const int SubjectLength = 64;
    public const int EvidenceLength = 2000;
    public const int NoteLength = 500;

    private RiskFlag()
    {
        Subject = string.Empty;
        Evidence = string.Empty;
    }

    public RiskRule Rule { get; private set; }

    /// <summary>The account the anomaly belongs to; null when only an address or an unknown order is known.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>What the rule counted over: the user id, an address, a device, an out_trade_no.</summary>
    public string Subject { get; private set; }

    /// <summary>The figures that crossed the threshold, as a small JSON object; never a phone number or a secret.</summary>
    public string Evidence { get; private set; }

    public RiskRestriction Restriction { get; private set; }

    public RiskFlagStatus Status { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>When the rule last saw the anomaly again while the flag was open.</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    public int Occurrences { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewNote { get; private set; }

    /// <summary>True while the flag holds its restriction on the user.</summary>
    public bool Restricts => Restriction != RiskRestriction.None && Status != RiskFlagStatus.Cleared;

    public static RiskFlag Raise(
        RiskRule rule, Guid? userId, string subject, string evidence, RiskRestriction restriction, DateTimeOffset now)
    {
        var flag = new RiskFlag
        {
            Rule = rule,
            UserId = userId,
            Subject = Text.Required(subject, SubjectLength, RiskErrors.InvalidSubject),
            Evidence = Clip(evidence, EvidenceLength),
            Restriction = restriction,
            Status = RiskFlagStatus.Open,
            RaisedAt = now,
            LastSeenAt = now,
            Occurrences = 1,
        };
        flag.Raise(new RiskFlagRaisedEvent(flag.Id, rule, userId, restriction));
        return flag;
    }

    /// <summary>The rule saw the same anomaly again while this flag was open: one flag, counted, not a new one each time.</summary>
    public void SeenAgain(string evidence, DateTimeOffset now)
    {
        Evidence = Clip(evidence, EvidenceLength);
        LastSeenAt = now;
        Occurrences++;
    }

    /// <summary>
    /// The user's account was erased: the flag stays as review evidence of what happened, but no longer names them. A
    /// subject that was their id goes too; the evidence holds only counts and order numbers.
    /// </summary>
    public void Detach()
    {
        if (UserId is { } userId && Subject == userId.ToString())
        {
            Subject = $"erased-{Id:N}";
        }

        UserId = null;
    }

    public void Confirm(Guid adminId, string note, DateTimeOffset now) => Review(RiskFlagStatus.Confirmed, adminId, note, now);

    /// <summary>A false flag: the restriction lifts.</summary>
    public void Clear(Guid adminId, string note, DateTimeOffset now) => Review(RiskFlagStatus.Cleared, adminId, note, now);

    private void Review(RiskFlagStatus status, Guid adminId, string note, DateTimeOffset now)
    {
        if (Status != RiskFlagStatus.Open)
        {
            throw RiskErrors.AlreadyReviewed(Status);
        }

        Status = status;
        ReviewedBy = adminId;
        ReviewedAt = now;
        ReviewNote = Clip(note.Trim(), NoteLength);
        Raise(new RiskFlagReviewedEvent(Id, UserId, status, adminId, ReviewNote));
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
