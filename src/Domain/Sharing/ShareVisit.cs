using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Sharing;

/// <summary>Someone other than the sharer opened a share: once per share and visitor, counting how often.</summary>
public sealed class ShareVisit : Entity
{
    private ShareVisit()
    {
    }

    public Guid ShareId { get; private set; }

    public Guid VisitorId { get; private set; }

    public DateTimeOffset FirstOpenedAt { get; private set; }

    public DateTimeOffset LastOpenedAt { get; private set; }

    public int OpenCount { get; private set; }

    /// <summary>Bumped by every opening: of two racing repeats one saves and the other runs again, so none is lost.</summary>
    public int Version { get; private set; }

    internal static ShareVisit Begin(Share share, Guid visitorId, DateTimeOffset now)
    {
        var visit = new ShareVisit
        {
            ShareId = share.Id,
            VisitorId = visitorId,
            FirstOpenedAt = now,
            LastOpenedAt = now,
            OpenCount = 1,
        };
        visit.Raise(new SharedLinkOpenedEvent(share.Id, share.SharerId, visitorId, share.CourseId, now));
        return visit;
    }

    /// <summary>The visitor opened the share again: counted, but raises nothing (the referral was decided the first time).</summary>
    public void Repeat(DateTimeOffset now)
    {
        LastOpenedAt = now;
        OpenCount++;
        Version++;
    }
}
