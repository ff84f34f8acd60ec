using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Domain.Memberships;

/// <summary>
/// One period of a <see cref="Membership"/> and where it came from: an order line (<see cref="EnrollmentSource.Purchase"/>,
/// <see cref="SourceId"/> is the line), a gift, a redeem code, or an admin (no source id). A removed term stays as history.
/// </summary>
public sealed class MembershipTerm : Entity
{
    private MembershipTerm()
    {
    }

    internal MembershipTerm(Guid membershipId, EnrollmentSource source, Guid? sourceId, int days, DateTimeOffset grantedAt, DateTimeOffset startsAt)
    {
        MembershipId = membershipId;
        Source = source;
        SourceId = sourceId;
        Days = days;
        GrantedAt = grantedAt;
        StartsAt = startsAt;
        EndsAt = startsAt.AddDays(days);
    }

    public Guid MembershipId { get; private set; }

    public EnrollmentSource Source { get; private set; }

    public Guid? SourceId { get; private set; }

    public int Days { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>The part of the term still ahead at <paramref name="now"/>: all of it before it starts, none once it has ended.</summary>
    internal TimeSpan Unused(DateTimeOffset now)
    {
        var from = StartsAt > now ? StartsAt : now;
        return EndsAt > from ? EndsAt - from : TimeSpan.Zero;
    }

    internal void MoveUp(TimeSpan by)
    {
        StartsAt -= by;
        EndsAt -= by;
    }

    internal void Remove(DateTimeOffset now) => RemovedAt = now;
}
