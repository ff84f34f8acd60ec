using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Pricing.Interim;

// Placeholders while the sales, membership and coupon features are built on their branches; each feature registers its
// own source after these, and the merge of issue 11 deletes this file.
internal sealed class InterimSalePriceSource : ISalePriceSource
{
    public Task<IReadOnlyDictionary<OfferRef, SalePrice>> RunningAsync(
        IReadOnlyCollection<OfferRef> offers, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<OfferRef, SalePrice>>(new Dictionary<OfferRef, SalePrice>());
}

internal sealed class InterimMemberPriceSource : IMemberPriceSource
{
    public Task<IReadOnlyList<MemberStanding>> ActiveAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberStanding>>([]);
}

internal sealed class InterimCouponTermsSource : ICouponTermsSource
{
    public Task<CouponTerms> ResolveAsync(Guid userId, string code, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw PricingErrors.CouponNotApplicable("Coupons are not available yet.");
}
