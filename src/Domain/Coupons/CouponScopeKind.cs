namespace KnowledgePay.Domain.Coupons;

public enum CouponScopeKind
{
    All,
    Categories,
    Courses,
    OfferKinds,
}
