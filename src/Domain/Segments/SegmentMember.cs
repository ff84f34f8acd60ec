namespace KnowledgePay.Domain.Segments;

/// <summary>
/// A user in a segment's materialised membership, as of the segment's last refresh. Experiments and campaigns target a
/// segment by reading these rows; only the segments feature writes them.
/// </summary>
public sealed class SegmentMember
{
    private SegmentMember()
    {
    }

    public Guid SegmentId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public static SegmentMember Of(Guid segmentId, Guid userId, DateTimeOffset now) =>
        new() { SegmentId = segmentId, UserId = userId, AddedAt = now };
}
