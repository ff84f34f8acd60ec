using System.Linq.Expressions;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Learning;

/// <summary>
/// A learner's right to open a course's paid lessons. A paid order (or an admin) grants it; a refund revokes it.
/// A revoked enrollment stays as history, and buying again grants a new one.
/// </summary>
public sealed class Enrollment : Entity
{
    /// <summary>The one definition of an active enrollment, for queries (<see cref="ActiveEnrollments"/>) and objects alike.</summary>
    public static readonly Expression<Func<Enrollment, bool>> Active = e => e.RevokedAt == null;

    private static readonly Func<Enrollment, bool> IsActiveNow = Active.Compile();

    private Enrollment()
    {
    }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public EnrollmentSource Source { get; private set; }

    /// <summary>The order that paid for it, when <see cref="Source"/> is a purchase.</summary>
    public Guid? OrderId { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => IsActiveNow(this);

    public static Enrollment ByPurchase(Guid userId, Guid courseId, Guid orderId, DateTimeOffset now) =>
        Grant(userId, courseId, EnrollmentSource.Purchase, orderId, now);

    public static Enrollment ByAdmin(Guid userId, Guid courseId, DateTimeOffset now) =>
        Grant(userId, courseId, EnrollmentSource.AdminGrant, null, now);

    public void Revoke(DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw LearningErrors.EnrollmentAlreadyRevoked();
        }

        RevokedAt = now;
        Raise(new EnrollmentRevokedEvent(Id, UserId, CourseId));
    }

    private static Enrollment Grant(Guid userId, Guid courseId, EnrollmentSource source, Guid? orderId, DateTimeOffset now)
    {
        var enrollment = new Enrollment
        {
            UserId = userId,
            CourseId = courseId,
            Source = source,
            OrderId = orderId,
            GrantedAt = now,
        };
        enrollment.Raise(new EnrollmentGrantedEvent(enrollment.Id, userId, courseId, source));
        return enrollment;
    }
}
