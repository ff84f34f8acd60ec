using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals.Queries;

/// <summary>A promoter with their earnings, for themselves and admins only.</summary>
public sealed record PromoterDto
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public string Code { get; init; } = string.Empty;

    public PromoterStatus Status { get; init; }

    public Guid? UplinePromoterId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public int ReferralCount { get; init; }

    public long PendingFen { get; init; }

    public long ValidFen { get; init; }

    public long HeldFen { get; init; }

    public long PaidOutFen { get; init; }

    public long ReversedFen { get; init; }

    public long AvailableFen => Math.Max(0, ValidFen);
}
