using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Application.Risk.Queries;

/// <summary>A flag of the risk review queue as an operator sees it.</summary>
public sealed record RiskFlagDto
{
    public Guid Id { get; init; }

    public RiskRule Rule { get; init; }

    public Guid? UserId { get; init; }

    public string Subject { get; init; } = string.Empty;

    public string Evidence { get; init; } = string.Empty;

    public RiskRestriction Restriction { get; init; }

    public RiskFlagStatus Status { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset LastSeenAt { get; init; }

    public int Occurrences { get; init; }

    public Guid? ReviewedBy { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    public string? ReviewNote { get; init; }
}
