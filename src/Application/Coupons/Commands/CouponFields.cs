using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Coupons.Commands;

/// <summary>Everything an operator sets on a coupon, as createCoupon and updateCoupon receive it.</summary>
/// <param name="ValidDays">Days a copy lasts after its claim; or leave it out and give <paramref name="ValidFrom"/> and <paramref name="ValidUntil"/>.</param>
public sealed record CouponFields(
    string Title,
    CouponKind Kind,
    long ThresholdFen,
    long AmountOffFen,
    int PercentOff,
    long CapFen,
    CouponScopeFields Scope,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    int? ValidDays,
    int TotalStock,
    int PerUserLimit,
    string? Code,
    bool IsPublic,
    bool ReturnsOnRefund)
{
    public CouponDefinition ToDefinition() => new(
        Title, Kind, ThresholdFen, AmountOffFen, PercentOff, CapFen,
        new CouponScope(Scope.Kind, Scope.CategoryIds ?? [], Scope.CourseIds ?? [], Scope.OfferKinds ?? []),
        CouponValidity.Of(ValidFrom, ValidUntil, ValidDays), TotalStock, PerUserLimit, Code, IsPublic, ReturnsOnRefund);
}

/// <summary>Which lines a coupon covers: all, or the listed categories, courses or offer kinds (only the list its kind names).</summary>
public sealed record CouponScopeFields(
    CouponScopeKind Kind, IReadOnlyList<Guid>? CategoryIds = null, IReadOnlyList<Guid>? CourseIds = null, IReadOnlyList<OfferKind>? OfferKinds = null);
