using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseGuardrailsTests
{
    [Fact]
    public void StartsWithoutGuardrails() => Assert.Equal(PriceGuardrails.None, Drafts.Course().Guardrails);

    [Fact]
    public void SetsGuardrailsAndRecordsThem()
    {
        var course = Drafts.Course(9900);
        course.ClearDomainEvents();

        course.SetGuardrails(PriceGuardrails.Of(5000, 30, true));

        Assert.Equal(PriceGuardrails.Of(5000, 30, true), course.Guardrails);
        Assert.Equal(new CourseGuardrailsChangedEvent(course.Id, 5000, 30, true), Assert.Single(course.DomainEvents()));
    }

    [Fact]
    public void FailsWithPriceBelowFloorAndKeepsThePriceWhenChangedBelowTheFloor()
    {
        var course = Drafts.Course(9900);
        course.SetGuardrails(PriceGuardrails.Of(5000, 30, false));
        course.ClearDomainEvents();
        var version = course.Version;

        var error = Assert.Throws<DomainException>(() => course.ChangePrice(Money.Fen(4999)));

        Assert.Equal(OfferErrors.PriceBelowFloorCode, error.Code);
        Assert.Equal((9900, version), (course.Price.AmountFen, course.Version));
        Assert.Empty(course.DomainEvents());
    }

    [Fact]
    public void FailsWithPriceBelowFloorWhenTheFloorIsAboveTheCurrentPrice()
    {
        var course = Drafts.Course(4900);

        var error = Assert.Throws<DomainException>(() => course.SetGuardrails(PriceGuardrails.Of(5000, 30, false)));

        Assert.Equal(OfferErrors.PriceBelowFloorCode, error.Code);
        Assert.Equal(PriceGuardrails.None, course.Guardrails);
    }
}
