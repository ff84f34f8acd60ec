using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;
using static KnowledgePay.Domain.UnitTests.Coupons.Coupons;

namespace KnowledgePay.Domain.UnitTests.Coupons;

/// <summary>Each kind's terms as the pricing engine applies them to a cart.</summary>
public sealed class CouponTermsTests
{
    private static readonly Guid CategoryA = Guid.CreateVersion7();
    private static readonly Guid CategoryB = Guid.CreateVersion7();

    [Fact]
    public void AmountOffOverThresholdTakesItsAmountOnceTheEligibleLinesReachTheThreshold()
    {
        var terms = Create(AmountOffOver(19900, 3000)).TermsFor(Guid.CreateVersion7());

        var quote = PricingEngine.Price([Line(12000), Line(8000)], terms);

        Assert.Equal(20000 - 3000, quote.Lines.Sum(l => l.AmountFen));
        Assert.Equal(terms.UserCouponId, quote.UserCouponId);
    }

    [Fact]
    public void AmountOffOverThresholdIsNotApplicableBelowTheThreshold()
    {
        var terms = Create(AmountOffOver(19900, 3000)).TermsFor(Guid.CreateVersion7());

        var error = Assert.Throws<DomainException>(() => PricingEngine.Price([Line(19899)], terms));

        Assert.Equal(PricingErrors.CouponNotApplicableCode, error.Code);
    }

    [Theory]
    [InlineData(10000, 20, 5000, 2000)]
    [InlineData(40000, 20, 5000, 5000)]
    [InlineData(40000, 20, 0, 8000)]
    public void PercentOffTakesThePercentCappedAtItsCap(long subtotalFen, int percent, long capFen, long expectedDiscountFen)
    {
        var terms = Create(PercentOff(percent, capFen)).TermsFor(Guid.CreateVersion7());

        var quote = PricingEngine.Price([Line(subtotalFen)], terms);

        Assert.Equal(subtotalFen - expectedDiscountFen, quote.Lines.Single().AmountFen);
    }

    [Fact]
    public void AmountOffNeedsNoThresholdAndNeverTakesMoreThanTheLine()
    {
        var terms = Create(AmountOff(1000)).TermsFor(Guid.CreateVersion7());

        Assert.Equal(1000, terms.DiscountOn(4900));
        Assert.Equal(500, terms.DiscountOn(500));
    }

    [Fact]
    public void NewcomerCouponIsAnAmountOff()
    {
        var terms = Create(Newcomer(2000)).TermsFor(Guid.CreateVersion7());

        Assert.Equal(CouponKind.NewcomerAmountOff, terms.Kind);
        Assert.Equal(2000, terms.DiscountOn(4900));
    }

    [Fact]
    public void AScopedCouponDiscountsOnlyTheLinesItCovers()
    {
        var scoped = AmountOff(1000) with { Scope = new CouponScope(CouponScopeKind.Categories, [CategoryA], [], []) };
        var terms = Create(scoped).TermsFor(Guid.CreateVersion7());

        var quote = PricingEngine.Price([Line(4900, CategoryA), Line(4900, CategoryB)], terms);

        Assert.Equal([3900L, 4900L], quote.Lines.Select(l => l.AmountFen));
    }

    [Fact]
    public void ACouponOutOfScopeForTheWholeCartIsNotApplicable()
    {
        var scoped = AmountOff(1000) with { Scope = new CouponScope(CouponScopeKind.OfferKinds, [], [], [OfferKind.Membership]) };
        var terms = Create(scoped).TermsFor(Guid.CreateVersion7());

        var error = Assert.Throws<DomainException>(() => PricingEngine.Price([Line(4900, CategoryA)], terms));

        Assert.Equal(PricingErrors.CouponNotApplicableCode, error.Code);
    }

    private static PricingLine Line(long listFen, Guid? categoryId = null)
    {
        var courseId = Guid.CreateVersion7();
        return new PricingLine(
            new OfferRef(OfferKind.Course, courseId), "Course", listFen, PriceGuardrails.None, [courseId], [categoryId ?? CategoryA]);
    }
}
