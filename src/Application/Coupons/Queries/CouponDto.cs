using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Coupons.Queries;

public sealed record CouponDto
{
    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public CouponKind Kind { get; init; }

    public long ThresholdFen { get; init; }

    public long AmountOffFen { get; init; }

    public int PercentOff { get; init; }

    public long CapFen { get; init; }

    public CouponScopeKind ScopeKind { get; init; }

    public Guid[] ScopeCategoryIds { get; init; } = [];

    public Guid[] ScopeCourseIds { get; init; } = [];

    public OfferKind[] ScopeOfferKinds { get; init; } = [];

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidUntil { get; init; }

    public int? ValidDays { get; init; }

    public int TotalStock { get; init; }

    public int ClaimedCount { get; init; }

    public int PerUserLimit { get; init; }

    /// <summary>Admins only: the code users type; null for anyone else (codes travel through campaigns, not the API).</summary>
    public string? Code { get; init; }

    public bool IsPublic { get; init; }

    public bool ReturnsOnRefund { get; init; }

    public CouponStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }
}
