using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.UnitTests.Pricing;

public sealed class PricingEngineTests
{
    private static readonly DateTimeOffset SaleEnd = new(2026, 12, 31, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AListPriceCartCostsItsListPrices()
    {
        var quote = PricingEngine.Price([Line(4900), Line(1999)], null);

        Assert.Equal(6899, quote.TotalFen);
        Assert.Equal(0, quote.DiscountFen);
        Assert.All(quote.Lines, l => Assert.Equal(PriceStepKind.ListPrice, Assert.Single(l.Steps).Kind));
    }

    [Fact]
    public void WithoutStackingTheBuyerGetsTheLowerOfTheSalePriceAndTheMemberPrice()
    {
        var sale = new SalePrice(Guid.NewGuid(), 8000, false, "限时优惠", SaleEnd);
        var member = new MemberPrice(Guid.NewGuid(), 30, "年卡会员价");

        var line = PricingEngine.Price([Line(10000) with { Sale = sale, Member = member }], null).Lines[0];

        Assert.Equal(7000, line.AmountFen);
        Assert.Equal([PriceStepKind.ListPrice, PriceStepKind.LimitedTimePrice, PriceStepKind.MemberPrice], line.Steps.Select(s => s.Kind));
        Assert.Equal(SaleEnd, line.Sale!.EndsAt);
    }

    [Fact]
    public void WhenTheOfferLetsThemStackTheMemberDiscountAppliesToTheSalePrice()
    {
        var sale = new SalePrice(Guid.NewGuid(), 8000, false, "限时优惠", SaleEnd);
        var member = new MemberPrice(Guid.NewGuid(), 30, "年卡会员价");
        var stacking = PriceGuardrails.Of(0, 100, salePriceStacksWithMemberPrice: true);

        var line = PricingEngine.Price([Line(10000, stacking) with { Sale = sale, Member = member }], null).Lines[0];

        Assert.Equal(5600, line.AmountFen);
    }

    [Fact]
    public void AnExperimentPriceReplacesTheListPriceAndASaleOrPersonalPriceAppliesOnlyWhenLower()
    {
        var experiment = new TargetedPrice(PriceStepKind.ExperimentPrice, Guid.NewGuid(), 7900, "价格实验");
        var personal = new TargetedPrice(PriceStepKind.PersonalPrice, Guid.NewGuid(), 6900, "专属价");
        var dearerSale = new SalePrice(Guid.NewGuid(), 8500, false, "限时优惠", SaleEnd);

        var line = PricingEngine.Price([Line(9900) with { Targeted = [personal, experiment], Sale = dearerSale }], null).Lines[0];
        var dearerPersonal = PricingEngine.Price([Line(9900) with { Targeted = [experiment, personal with { PriceFen = 8000 }] }], null).Lines[0];

        Assert.Equal(6900, line.AmountFen);
        Assert.Equal([PriceStepKind.ListPrice, PriceStepKind.ExperimentPrice, PriceStepKind.PersonalPrice], line.Steps.Select(s => s.Kind));
        Assert.Equal(experiment.SourceId, line.Steps[1].SourceId);
        Assert.Equal(7900, dearerPersonal.AmountFen);
    }

    [Fact]
    public void ATargetedPriceBelowTheFloorIsGivenBackByTheGuardrail()
    {
        var personal = new TargetedPrice(PriceStepKind.PersonalPrice, Guid.NewGuid(), 1000, "专属价");

        var line = PricingEngine.Price([Line(9900, PriceGuardrails.Of(5000, 100, false)) with { Targeted = [personal] }], null).Lines[0];

        Assert.Equal(5000, line.AmountFen);
        Assert.Equal(PriceStepKind.Guardrail, line.Steps[^1].Kind);
    }

    [Fact]
    public void AnOrderLevelCouponIsSplitOverItsEligibleLinesByLargestRemainder()
    {
        var coupon = Coupon(CouponKind.AmountOff, amountOffFen: 100);

        var quote = PricingEngine.Price([Line(1), Line(1), Line(1)], coupon with { AmountOffFen = 2 });
        var split = PricingEngine.Price([Line(3000), Line(3000), Line(3000)], coupon).Lines.Select(CouponShare);

        Assert.Equal([1, 1, 0], quote.Lines.Select(CouponShare));
        Assert.Equal([34, 33, 33], split);
    }

    [Fact]
    public void AGuardrailGivesBackWhatADiscountTakesBelowTheFloorOrPastTheMaximumDiscount()
    {
        var floor = PriceGuardrails.Of(9000, 100, false);
        var maxTenPercent = PriceGuardrails.Of(0, 10, false);
        var coupon = Coupon(CouponKind.AmountOff, amountOffFen: 3000);

        var quote = PricingEngine.Price([Line(10000, floor), Line(10000, maxTenPercent)], coupon);

        Assert.Equal([9000L, 9000L], quote.Lines.Select(l => l.AmountFen));
        Assert.All(quote.Lines, l => Assert.Equal(PriceStepKind.Guardrail, l.Steps[^1].Kind));
    }

    [Fact]
    public void APercentCouponIsCappedAndAThresholdCouponNeedsItsThreshold()
    {
        var percent = Coupon(CouponKind.PercentOff, percentOff: 50, capFen: 1000);
        var threshold = Coupon(CouponKind.AmountOffOverThreshold, amountOffFen: 500, thresholdFen: 10000);

        var capped = PricingEngine.Price([Line(9900)], percent);
        var error = Assert.Throws<DomainException>(() => PricingEngine.Price([Line(9900)], threshold));

        Assert.Equal(8900, capped.TotalFen);
        Assert.Equal(PricingErrors.CouponNotApplicableCode, error.Code);
    }

    [Fact]
    public void ACouponOutOfScopeForTheWholeCartIsRefused()
    {
        var coursesOnly = Coupon(CouponKind.AmountOff, amountOffFen: 100) with
        {
            Scope = new CouponScope(CouponScopeKind.OfferKinds, [], [], [OfferKind.Membership]),
        };

        var error = Assert.Throws<DomainException>(() => PricingEngine.Price([Line(4900)], coursesOnly));

        Assert.Equal(PricingErrors.CouponNotApplicableCode, error.Code);
    }

    [Fact]
    public void ACartIsRefusedWhenEmptyTooLongOrNamingAnOfferTwice()
    {
        var line = Line(100);

        Assert.Equal(PricingErrors.EmptyCartCode, Assert.Throws<DomainException>(() => PricingEngine.Price([], null)).Code);
        Assert.Equal(
            PricingErrors.TooManyLinesCode,
            Assert.Throws<DomainException>(() => PricingEngine.Price([.. Enumerable.Range(0, PricingLimits.MaxLines + 1).Select(_ => Line(100))], null)).Code);
        Assert.Equal(PricingErrors.DuplicateLineCode, Assert.Throws<DomainException>(() => PricingEngine.Price([line, line], null)).Code);
        Assert.Equal(2, PricingEngine.Price([line, line with { IsGift = true }], null).Lines.Count);
    }

    [Fact]
    public void ACartIsRefusedWhenACourseForTheBuyerIsInTwoLinesButNotWhenOneOfThemIsAGiftOrAPlan()
    {
        var course = Line(4900);
        var bundle = Line(9900) with { Offer = new OfferRef(OfferKind.Bundle, Guid.NewGuid()), CourseIds = [course.CourseIds[0], Guid.NewGuid()] };
        var otherBundle = bundle with { Offer = new OfferRef(OfferKind.Bundle, Guid.NewGuid()), CourseIds = [bundle.CourseIds[1]] };
        var plan = Line(19900) with { Offer = new OfferRef(OfferKind.Membership, Guid.NewGuid()), CourseIds = course.CourseIds };

        Assert.Equal(PricingErrors.DuplicateLineCode, Assert.Throws<DomainException>(() => PricingEngine.Price([bundle, course], null)).Code);
        Assert.Equal(PricingErrors.DuplicateLineCode, Assert.Throws<DomainException>(() => PricingEngine.Price([bundle, otherBundle], null)).Code);
        Assert.Equal(2, PricingEngine.Price([bundle, course with { IsGift = true }], null).Lines.Count);
        Assert.Equal(2, PricingEngine.Price([plan, course], null).Lines.Count);
    }

    [Fact]
    public void TheOwnedShareOfABundleIsPricedOutAtTheCurrentPrice()
    {
        var bundle = Line(10000) with { Offer = new OfferRef(OfferKind.Bundle, Guid.NewGuid()), OwnedFen = 2500 };

        var line = PricingEngine.Price([bundle with { Sale = new SalePrice(Guid.NewGuid(), 8000, false, "限时优惠", SaleEnd) }], null).Lines[0];

        Assert.Equal(6000, line.AmountFen);
        Assert.Equal(PriceStepKind.AlreadyOwned, line.Steps[^1].Kind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AnyRandomCartAddsUpNeverCrossesAGuardrailAndPricesTheSameTwice(int seed)
    {
        var random = new Random(seed);
        for (var cart = 0; cart < 500; cart++)
        {
            var lines = Enumerable.Range(0, random.Next(1, PricingLimits.MaxLines + 1)).Select(_ => RandomLine(random)).ToList();
            var coupon = random.Next(3) == 0 ? null : RandomCoupon(random);

            PriceQuote quote;
            try
            {
                quote = PricingEngine.Price(lines, coupon);
            }
            catch (DomainException e) when (e.Code == PricingErrors.CouponNotApplicableCode)
            {
                continue;
            }

            Assert.Equal(quote, PricingEngine.Price(lines, coupon), QuoteComparer.Instance);
            Assert.Equal(quote.TotalFen, quote.Lines.Sum(l => l.AmountFen));
            foreach (var (line, input) in quote.Lines.Zip(lines))
            {
                Assert.Equal(line.AmountFen, line.Steps.Sum(s => s.AmountFen));
                Assert.True(line.AmountFen >= 0);
                Assert.True(line.AmountFen >= input.Guardrails.LowestFen(input.ListFen), $"line below its guardrail in cart {cart}");
                Assert.True(line.AmountFen <= input.ListFen);
            }

            if (coupon is not null)
            {
                var eligible = quote.Lines.Zip(lines).Where(p => coupon.Scope.Covers(p.Second)).ToList();
                var before = eligible.Sum(p => p.First.Steps.Where(s => s.Kind != PriceStepKind.Coupon && s.Kind != PriceStepKind.Guardrail).Sum(s => s.AmountFen));
                Assert.Equal(coupon.DiscountOn(before), quote.Lines.Sum(CouponShare));
            }
        }
    }

    private static long CouponShare(LinePrice line) => -line.Steps.Where(s => s.Kind == PriceStepKind.Coupon).Sum(s => s.AmountFen);

    private static PricingLine Line(long listFen, PriceGuardrails? guardrails = null)
    {
        var courseId = Guid.NewGuid();
        return new PricingLine(OfferRef.ForCourse(courseId), "课程", listFen, guardrails ?? PriceGuardrails.None, [courseId], [Guid.Empty]);
    }

    private static CouponTerms Coupon(CouponKind kind, long amountOffFen = 0, int percentOff = 0, long capFen = 0, long thresholdFen = 0) =>
        new(Guid.NewGuid(), "优惠券", kind, thresholdFen, amountOffFen, percentOff, capFen, CouponScope.All);

    private static PricingLine RandomLine(Random random)
    {
        var list = random.Next(1, 100_000);
        var guardrails = PriceGuardrails.Of(random.Next(3) == 0 ? random.Next(0, list + 1) : 0, random.Next(0, 101), random.Next(2) == 0);
        var line = Line(list, guardrails) with { CategoryIds = [random.Next(2) == 0 ? Guid.Empty : Guid.NewGuid()] };
        if (random.Next(2) == 0)
        {
            line = line with { Sale = new SalePrice(Guid.NewGuid(), random.Next(0, list + 1), random.Next(2) == 0, "促销", SaleEnd) };
        }

        return random.Next(3) == 0 ? line with { Member = new MemberPrice(Guid.NewGuid(), random.Next(0, 100), "会员价") } : line;
    }

    private static CouponTerms RandomCoupon(Random random)
    {
        var kind = (CouponKind)random.Next(4);
        var scope = random.Next(2) == 0 ? CouponScope.All : new CouponScope(CouponScopeKind.Categories, [Guid.Empty], [], []);
        return new CouponTerms(
            Guid.NewGuid(), "券", kind, random.Next(0, 50_000), random.Next(1, 60_000), random.Next(1, 100), random.Next(0, 20_000), scope);
    }

    private sealed class QuoteComparer : IEqualityComparer<PriceQuote>
    {
        public static readonly QuoteComparer Instance = new();

        public bool Equals(PriceQuote? x, PriceQuote? y) =>
            x is not null && y is not null && x.UserCouponId == y.UserCouponId
            && x.Lines.Zip(y.Lines).All(p => p.First.AmountFen == p.Second.AmountFen && p.First.Steps.SequenceEqual(p.Second.Steps));

        public int GetHashCode(PriceQuote obj) => obj.TotalFen.GetHashCode();
    }
}
