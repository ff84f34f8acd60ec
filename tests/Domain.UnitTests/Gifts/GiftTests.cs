using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.UnitTests.Gifts;

public sealed class GiftTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Buyer = Guid.NewGuid();
    private static readonly Guid Recipient = Guid.NewGuid();

    [Fact]
    public void GivesEveryGiftItsOwnUrlSafeClaimCodeOf128Bits()
    {
        var codes = Enumerable.Range(0, 100).Select(_ => AGift().ClaimCode).ToList();

        Assert.Equal(100, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches($"^[A-Za-z0-9_-]{{{GiftLimits.ClaimCodeLength}}}$", c));
    }

    [Fact]
    public void RaisesOfferGrantedForTheRecipientWhenClaimed()
    {
        var gift = AGift();

        gift.Claim(Recipient, Now);

        Assert.Equal((GiftStatus.Claimed, Recipient, Now), (gift.Status, gift.ClaimedBy, gift.ClaimedAt));
        var granted = Assert.IsType<OfferGrantedEvent>(Assert.Single(gift.DomainEvents()));
        Assert.Equal(new OfferGrantedEvent(Recipient, OfferKind.Bundle, gift.OfferId, EnrollmentSource.Gift, gift.Id), granted);
    }

    [Fact]
    public void FailsWhenClaimedASecondTime()
    {
        var gift = AGift();
        gift.Claim(Recipient, Now);

        var error = Assert.Throws<DomainException>(() => gift.Claim(Guid.NewGuid(), Now));

        Assert.Equal(GiftErrors.AlreadyClaimedCode, error.Code);
        Assert.Single(gift.DomainEvents());
    }

    [Fact]
    public void FailsWhenTheBuyerClaimsTheirOwnGift()
    {
        var gift = AGift();

        var error = Assert.Throws<DomainException>(() => gift.Claim(Buyer, Now));

        Assert.Equal(GiftErrors.OwnGiftCode, error.Code);
        Assert.Equal(GiftStatus.Unclaimed, gift.Status);
    }

    [Fact]
    public void FailsWhenARefundedGiftIsClaimed()
    {
        var gift = AGift();
        gift.Refund(Now);

        var error = Assert.Throws<DomainException>(() => gift.Claim(Recipient, Now));

        Assert.Equal(GiftErrors.RefundedCode, error.Code);
        Assert.Empty(gift.DomainEvents());
    }

    [Fact]
    public void FailsWhenAClaimedGiftIsRefunded()
    {
        var gift = AGift();
        gift.Claim(Recipient, Now);

        var error = Assert.Throws<DomainException>(() => gift.Refund(Now));

        Assert.Equal(GiftErrors.AlreadyClaimedCode, error.Code);
        Assert.Equal(GiftStatus.Claimed, gift.Status);
    }

    private static Gift AGift() => Gift.Bought(Buyer, OfferKind.Bundle, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);
}
