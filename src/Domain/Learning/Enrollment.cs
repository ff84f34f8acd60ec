using System.Linq.Expressions;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Learning;

/// <summary>
/// A learner's right to open a course's paid lessons, from a purchase (of the course or a bundle holding it), a gift, a
/// redeem code or an admin; a refund revokes it, and an optional <see cref="ExpiresAt"/> ends it by itself.
/// A revoked or expired enrollment stays as history, and buying again grants a new one.
/// <para>
/// At most one enrollment per learner and course is unrevoked (a unique filtered index): that keeps the access check
/// one seek and makes a second grant racing the first fail as a conflict. An expired enrollment is still unrevoked, so
/// whoever grants access again revokes it first (<see cref="Revoke"/> accepts an expired one) and adds the new one in
/// the same save.
/// </para>
/// </summary>
public sealed class Enrollment : Entity
{
    private Enrollment()
    {
    }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public EnrollmentSource Source { get; private set; }

    /// <summary>The order that paid for it, when <see cref="Source"/> is a purchase.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>The gift or redeem code it came from, when <see cref="Source"/> is one of those.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>The bundle (or series) it came through; null for a course bought or granted on its own.</summary>
    public Guid? BundleId { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>When access ends by itself; null for access that lasts until revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>
    /// The one definition of an enrollment that grants access at <paramref name="now"/>, for queries
    /// (<see cref="ActiveEnrollments"/>); <see cref="IsActiveAt"/> is the same rule for a loaded enrollment.
    /// </summary>
    public static Expression<Func<Enrollment, bool>> ActiveAt(DateTimeOffset now) =>
        e => e.RevokedAt == null && (e.ExpiresAt == null || e.ExpiresAt > now);

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public static Enrollment ByPurchase(Guid userId, Guid courseId, Guid orderId, DateTimeOffset now, Guid? bundleId = null) =>
        Grant(userId, courseId, EnrollmentSource.Purchase, now, orderId: orderId, bundleId: bundleId);

    public static Enrollment ByAdmin(Guid userId, Guid courseId, DateTimeOffset now, DateTimeOffset? expiresAt = null) =>
        Grant(userId, courseId, EnrollmentSource.AdminGrant, now, expiresAt: expiresAt);

    public static Enrollment ByGift(Guid userId, Guid courseId, Guid giftId, DateTimeOffset now, Guid? bundleId = null) =>
        Grant(userId, courseId, EnrollmentSource.Gift, now, sourceId: giftId, bundleId: bundleId);

    public static Enrollment ByRedeemCode(Guid userId, Guid courseId, Guid codeId, DateTimeOffset now, Guid? bundleId = null) =>
        Grant(userId, courseId, EnrollmentSource.RedeemCode, now, sourceId: codeId, bundleId: bundleId);

    /// <summary>A course added to a series later, reaching a learner who holds the series through <paramref name="earlier"/>: same source, order and bundle.</summary>
    public static Enrollment ThroughSeries(Enrollment earlier, Guid courseId, DateTimeOffset now) =>
        earlier.BundleId is null
            ? throw new ArgumentException("Only an enrollment through a bundle reaches the bundle's later courses.", nameof(earlier))
            : Grant(earlier.UserId, courseId, earlier.Source, now, earlier.OrderId, earlier.SourceId, earlier.BundleId, earlier.ExpiresAt);

    /// <summary>Withdraws the access (a refund, an admin); an expired enrollment may be revoked too, to make way for a new grant.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw LearningErrors.EnrollmentAlreadyRevoked();
        }

        RevokedAt = now;
        Raise(new EnrollmentRevokedEvent(Id, UserId, CourseId));
    }

    private static Enrollment Grant(
        Guid userId,
        Guid courseId,
        EnrollmentSource source,
        DateTimeOffset now,
        Guid? orderId = null,
        Guid? sourceId = null,
        Guid? bundleId = null,
        DateTimeOffset? expiresAt = null)
    {
        var enrollment = new Enrollment
        {
            UserId = userId,
            CourseId = courseId,
            Source = source,
            OrderId = orderId,
            SourceId = sourceId,
            BundleId = bundleId,
            GrantedAt = now,
            ExpiresAt = expiresAt,
        };
        enrollment.Raise(new EnrollmentGrantedEvent(enrollment.Id, userId, courseId, source));
        return enrollment;
    }
}
