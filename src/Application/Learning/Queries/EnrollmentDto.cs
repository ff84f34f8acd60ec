using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Application.Learning.Queries;

public sealed record EnrollmentDto
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public Guid CourseId { get; init; }

    public EnrollmentSource Source { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }
}
