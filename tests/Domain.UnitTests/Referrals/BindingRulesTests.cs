using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Domain.UnitTests.Referrals;

public sealed class BindingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Attribution.FirstTouch, false, BindingDecision.Refuse)]
    [InlineData(Attribution.LastTouch, false, BindingDecision.Bind)]
    [InlineData(Attribution.FirstTouch, true, BindingDecision.Keep)]
    [InlineData(Attribution.LastTouch, true, BindingDecision.Bind)]
    public void DecidesByAttributionWhileTheBindingIsActive(Attribution attribution, bool samePromoter, BindingDecision expected)
    {
        var rules = new BindingRules(attribution, 30);
        var first = Promoter.Enrol(Guid.NewGuid(), true, null, Now);
        var binding = ReferralBinding.Bind(Guid.NewGuid(), first, null, rules, Now);

        var decision = rules.Decide(binding, samePromoter ? first.Id : Guid.NewGuid(), Now.AddDays(29));

        Assert.Equal(expected, decision);
    }

    [Fact]
    public void AnExpiredBindingFreesTheBuyerAndZeroDaysNeverExpire()
    {
        var expiring = new BindingRules(Attribution.FirstTouch, 30);
        var forever = new BindingRules(Attribution.FirstTouch, 0);
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);

        var binding = ReferralBinding.Bind(Guid.NewGuid(), promoter, null, expiring, Now);
        var lasting = ReferralBinding.Bind(Guid.NewGuid(), promoter, null, forever, Now);

        Assert.Equal(BindingDecision.Bind, expiring.Decide(binding, Guid.NewGuid(), Now.AddDays(30)));
        Assert.Null(lasting.ExpiresAt);
        Assert.True(lasting.IsActive(Now.AddYears(10)));
    }

    [Fact]
    public void NobodyBindsToThemself()
    {
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);

        var refused = Assert.Throws<DomainException>(() =>
            ReferralBinding.Bind(promoter.UserId, promoter, null, new BindingRules(Attribution.FirstTouch, 30), Now));

        Assert.Equal(ReferralErrors.SelfReferralCode, refused.Code);
    }
}
