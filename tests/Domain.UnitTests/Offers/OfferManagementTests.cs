using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.UnitTests.Offers;

public sealed class OfferManagementTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TakesTheSumOfFloorsTheStrictestDiscountAndStacksOnlyWhenAllDoForABundle()
    {
        var guardrails = PriceGuardrails.OfBundle([PriceGuardrails.Of(3000, 40, true), PriceGuardrails.Of(5000, 20, false), PriceGuardrails.None]);

        Assert.Equal(PriceGuardrails.Of(8000, 20, false), guardrails);
    }

    [Fact]
    public void RecordsThePriceAndTheGuardrailsWhenRepricedWithNewGuardrails()
    {
        var offer = ABundle();

        offer.Reprice(Money.Fen(8800), PriceGuardrails.Of(8000, 10, false));

        Assert.Equal(
            new IDomainEvent[] { new OfferPriceChangedEvent(offer.Id, 9900, 8800), new OfferGuardrailsChangedEvent(offer.Id, 8000, 10, false) },
            offer.DomainEvents());
    }

    [Fact]
    public void RecordsOnlyThePriceWhenTheGuardrailsStay()
    {
        var offer = ABundle();

        offer.Reprice(Money.Fen(8800), offer.Guardrails);

        Assert.Equal(new OfferPriceChangedEvent(offer.Id, 9900, 8800), Assert.Single(offer.DomainEvents()));
    }

    [Fact]
    public void FailsWithFreeOfferWhenRepricedToZero()
    {
        var offer = ABundle();

        var error = Assert.Throws<DomainException>(() => offer.Reprice(Money.Zero, offer.Guardrails));

        Assert.Equal((OfferErrors.FreeOfferCode, 9900), (error.Code, offer.ListPrice.AmountFen));
    }

    [Fact]
    public void RecordsWithdrawalAndReturnToSale()
    {
        var offer = ABundle();

        offer.Withdraw();
        offer.PutOnSale();

        Assert.Equal(new IDomainEvent[] { new OfferWithdrawnEvent(offer.Id), new OfferPutOnSaleEvent(offer.Id) }, offer.DomainEvents());
        Assert.True(offer.IsOnSale);
    }

    private static Offer ABundle()
    {
        var offer = Offer.Bundle(
            "Bundle", null, Money.Fen(9900), [Guid.CreateVersion7(), Guid.CreateVersion7()], false, PriceGuardrails.None, null, Now);
        offer.ClearDomainEvents();
        return offer;
    }
}
