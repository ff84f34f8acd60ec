using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.Coupons;

/// <summary>
/// Which lines a coupon discounts: all, or those whose courses touch one of <see cref="CategoryIds"/> or
/// <see cref="CourseIds"/>, or whose offer kind is one of <see cref="OfferKinds"/>.
/// </summary>
public sealed record CouponScope(
    CouponScopeKind Kind, IReadOnlyList<Guid> CategoryIds, IReadOnlyList<Guid> CourseIds, IReadOnlyList<OfferKind> OfferKinds)
{
    public static readonly CouponScope All = new(CouponScopeKind.All, [], [], []);

    public bool Covers(PricingLine line) => Kind switch
    {
        CouponScopeKind.All => true,
        CouponScopeKind.Categories => line.CategoryIds.Any(CategoryIds.Contains),
        CouponScopeKind.Courses => line.CourseIds.Any(CourseIds.Contains),
        CouponScopeKind.OfferKinds => OfferKinds.Contains(line.Offer.Kind),
        _ => false,
    };
}
