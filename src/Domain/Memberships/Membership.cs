using System.Linq.Expressions;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Memberships;

/// <summary>
/// A user's membership of one plan (an <see cref="Offer"/> of kind <see cref="OfferKind.Membership"/>): one row per user
/// and plan, made of the terms that bought, gifted, redeemed or granted it. Terms run end to end: a new term starts at
/// the current expiry, or now when the membership has lapsed, so a renewal always extends it. Removing a term (a
/// refund) takes out what was left of it, and the terms after it move up by as much: the expiry shortens exactly by
/// the unused part of that term and never falls below now while another term remains.
/// </summary>
public sealed class Membership : Entity
{
    private readonly List<MembershipTerm> _terms = [];

    private Membership()
    {
    }

    public Guid UserId { get; private set; }

    public Guid PlanId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Bumped by every change: the concurrency token for racing renewals and refunds.</summary>
    public int Version { get; private set; }

    /// <summary>The expiry the learner was last told is near (<see cref="MembershipExpiringSoonEvent"/>); once per expiry date.</summary>
    public DateTimeOffset? ExpiryNoticedFor { get; private set; }

    public IReadOnlyCollection<MembershipTerm> Terms => _terms.AsReadOnly();

    /// <summary>The one definition of a membership that opens its plan's courses at <paramref name="now"/>, for queries.</summary>
    public static Expression<Func<Membership, bool>> ActiveAt(DateTimeOffset now) => m => m.ExpiresAt > now;

    public bool IsActiveAt(DateTimeOffset now) => ExpiresAt > now;

    /// <summary>The first term of <paramref name="plan"/> for <paramref name="userId"/>; <paramref name="days"/> overrides the plan's length (admin grants).</summary>
    public static Membership Start(
        Guid userId, Offer plan, EnrollmentSource source, Guid? sourceId, DateTimeOffset now, int? days = null)
    {
        var membership = new Membership
        {
            UserId = userId,
            PlanId = plan.Id,
            StartedAt = now,
            ExpiresAt = now,
        };
        var term = membership.AppendTerm(plan, source, sourceId, days, now);
        membership.Raise(new MembershipGrantedEvent(membership.Id, userId, plan.Id, source, term.Days, membership.ExpiresAt));
        return membership;
    }

    /// <summary>Whether a term from this source was ever added (removed or not): a gift or code grants once.</summary>
    public bool HasTermFrom(EnrollmentSource source, Guid sourceId) =>
        _terms.Any(t => t.Source == source && t.SourceId == sourceId);

    /// <summary>Adds a term from max(now, current expiry).</summary>
    public void Renew(Offer plan, EnrollmentSource source, Guid? sourceId, DateTimeOffset now, int? days = null)
    {
        if (plan.Id != PlanId)
        {
            throw MembershipErrors.NotAPlan(plan.Id);
        }

        var term = AppendTerm(plan, source, sourceId, days, now);
        Version++;
        Raise(new MembershipRenewedEvent(Id, UserId, PlanId, source, term.Days, ExpiresAt));
    }

    /// <summary>
    /// Takes out the term from <paramref name="source"/> <paramref name="sourceId"/> (its order line refunded): the part
    /// of it not yet used is gone, and later terms move up. Returns false when no such term is left to remove.
    /// </summary>
    public bool RemoveTerm(EnrollmentSource source, Guid sourceId, DateTimeOffset now)
    {
        var term = _terms.SingleOrDefault(t => t.Source == source && t.SourceId == sourceId && t.RemovedAt is null);
        if (term is null)
        {
            return false;
        }

        var unused = term.Unused(now);
        foreach (var later in _terms.Where(t => t.RemovedAt is null && t != term && t.StartsAt >= term.EndsAt))
        {
            later.MoveUp(unused);
        }

        term.Remove(now);
        ExpiresAt -= unused;
        Version++;
        Raise(new MembershipShortenedEvent(Id, UserId, PlanId, source, sourceId, ExpiresAt));
        return true;
    }

    /// <summary>
    /// Raises <see cref="MembershipExpiringSoonEvent"/> when the membership lapses within <paramref name="notice"/> of
    /// <paramref name="now"/> and this expiry was not noticed yet (a renewal moves the expiry, so it is noticed again).
    /// </summary>
    public bool NoticeExpiry(TimeSpan notice, DateTimeOffset now)
    {
        if (!IsActiveAt(now) || ExpiresAt > now + notice || ExpiryNoticedFor == ExpiresAt)
        {
            return false;
        }

        ExpiryNoticedFor = ExpiresAt;
        Raise(new MembershipExpiringSoonEvent(Id, UserId, PlanId, ExpiresAt));
        return true;
    }

    private MembershipTerm AppendTerm(Offer plan, EnrollmentSource source, Guid? sourceId, int? days, DateTimeOffset now)
    {
        if (plan is not { Kind: OfferKind.Membership, MembershipDays: { } planDays })
        {
            throw MembershipErrors.NotAPlan(plan.Id);
        }

        var length = days ?? planDays;
        if (length is < 1 or > OfferLimits.MaxMembershipDays)
        {
            throw OfferErrors.InvalidMembershipDays(length);
        }

        var startsAt = ExpiresAt > now ? ExpiresAt : now;
        var term = new MembershipTerm(Id, source, sourceId, length, now, startsAt);
        _terms.Add(term);
        ExpiresAt = term.EndsAt;
        return term;
    }
}
