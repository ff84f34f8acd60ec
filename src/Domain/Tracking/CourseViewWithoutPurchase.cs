using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Tracking;

/// <summary>
/// A learner looked at a course and did not buy it within the configured hours: noted once per learner and course
/// (unique), raising <see cref="CourseViewedWithoutPurchaseEvent"/> for the campaigns that wait for it.
/// </summary>
public sealed class CourseViewWithoutPurchase : Entity
{
    private CourseViewWithoutPurchase()
    {
    }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public DateTimeOffset NotedAt { get; private set; }

    public static CourseViewWithoutPurchase Note(Guid userId, Guid courseId, DateTimeOffset now)
    {
        var noted = new CourseViewWithoutPurchase { UserId = userId, CourseId = courseId, NotedAt = now };
        noted.Raise(new CourseViewedWithoutPurchaseEvent(userId, courseId));
        return noted;
    }
}

/// <summary>A learner viewed a course's page and has not bought it since; raised once per learner and course.</summary>
public sealed record CourseViewedWithoutPurchaseEvent(Guid UserId, Guid CourseId) : IDomainEvent;
