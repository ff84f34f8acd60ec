using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;
using static KnowledgePay.Domain.UnitTests.Coupons.Coupons;

namespace KnowledgePay.Domain.UnitTests.Coupons;

public sealed class CouponDefinitionTests
{
    public static TheoryData<CouponDefinition, string> BadDefinitions => new()
    {
        { AmountOffOver(1000, 2000), CouponErrors.InvalidAmountsCode },
        { AmountOffOver(0, 100), CouponErrors.InvalidAmountsCode },
        { PercentOff(100, 0), CouponErrors.InvalidAmountsCode },
        { PercentOff(20, 0) with { AmountOffFen = 5 }, CouponErrors.InvalidAmountsCode },
        { AmountOff(1000) with { ThresholdFen = 100 }, CouponErrors.InvalidAmountsCode },
        { AmountOff(0), CouponErrors.InvalidAmountsCode },
        { AmountOff(100) with { Title = " " }, CouponErrors.InvalidTitleCode },
        { AmountOff(100) with { Scope = new CouponScope(CouponScopeKind.Courses, [], [], []) }, CouponErrors.InvalidScopeCode },
        { AmountOff(100) with { Scope = new CouponScope(CouponScopeKind.All, [], [], [OfferKind.Bundle]) }, CouponErrors.InvalidScopeCode },
        { AmountOff(100) with { Validity = new CouponValidity(Now, Now.AddDays(1), 3) }, CouponErrors.InvalidValidityCode },
        { AmountOff(100) with { TotalStock = 0 }, CouponErrors.InvalidStockCode },
        { AmountOff(100) with { PerUserLimit = 0 }, CouponErrors.InvalidPerUserLimitCode },
        { AmountOff(100) with { Code = "a b" }, CouponErrors.InvalidCodeCode },
        { AmountOff(100) with { Code = Guid.NewGuid().ToString("N") }, CouponErrors.InvalidCodeCode },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void CreatingFailsWithTheRuleItBreaks(CouponDefinition definition, string code)
    {
        var error = Assert.Throws<DomainException>(() => Create(definition));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void CodesAreStoredInUpperCase()
    {
        Assert.Equal("WELCOME10", Create(AmountOff(1000) with { Code = " welcome10 " }).Code);
    }

    [Fact]
    public void AfterAClaimOnlyTitleSupplyAndPolicyMayChange()
    {
        var coupon = Create(AmountOff(1000));
        coupon.Claim(Guid.CreateVersion7(), 0, Now);

        coupon.Redefine(AmountOff(1000) with { Title = "Renamed", TotalStock = 5, PerUserLimit = 3, ReturnsOnRefund = true });
        var frozen = Assert.Throws<DomainException>(() => coupon.Redefine(AmountOff(1500)));
        var belowClaimed = Assert.Throws<DomainException>(() => coupon.Redefine(AmountOff(1000) with { TotalStock = 0 }));

        Assert.Equal(("Renamed", 5, 3, true), (coupon.Title, coupon.TotalStock, coupon.PerUserLimit, coupon.ReturnsOnRefund));
        Assert.Equal(1000, coupon.AmountOffFen);
        Assert.Equal(CouponErrors.TermsFrozenCode, frozen.Code);
        Assert.Equal(CouponErrors.InvalidStockCode, belowClaimed.Code);
    }

    [Fact]
    public void BeforeAnyClaimTheTermsMayChange()
    {
        var coupon = Create(AmountOff(1000));

        coupon.Redefine(PercentOff(20, 5000));

        Assert.Equal((CouponKind.PercentOff, 20), (coupon.Kind, coupon.PercentOff));
    }
}
