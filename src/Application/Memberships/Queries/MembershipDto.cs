using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Application.Memberships.Queries;

/// <summary>One of the caller's active memberships: its plan, until when, and where its latest term came from.</summary>
/// <param name="CourseIds">The plan's chosen courses; empty when <paramref name="CoversAllCourses"/>.</param>
public sealed record MembershipDto(
    Guid Id,
    Guid PlanId,
    string PlanTitle,
    bool CoversAllCourses,
    IReadOnlyList<Guid> CourseIds,
    int MemberDiscountPercent,
    DateTimeOffset StartedAt,
    DateTimeOffset ExpiresAt,
    EnrollmentSource Source);
