using KnowledgePay.Domain.Privacy;

namespace KnowledgePay.Application.Privacy.Queries;

public sealed record PrivacyRequestDto
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public PrivacyRequestKind Kind { get; init; }

    public PrivacyRequestStatus Status { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset? ErasableAt { get; init; }
}
