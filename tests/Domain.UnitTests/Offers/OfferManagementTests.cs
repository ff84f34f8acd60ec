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

    [Fact]
    public void RemovesACourseAndKeepsPositionsDense()
    {
        var offer = ABundle(courses: 3);
        var (first, second, third) = (offer.Courses.ElementAt(0).CourseId, offer.Courses.ElementAt(1).CourseId, offer.Courses.ElementAt(2).CourseId);

        offer.RemoveCourse(second);

        Assert.Equal(new[] { (first, 0), (third, 1) }, offer.Courses.Select(c => (c.CourseId, c.Position)));
        Assert.Equal(new OfferCourseRemovedEvent(offer.Id, OfferKind.Bundle, second), Assert.Single(offer.DomainEvents()));
    }

    [Fact]
    public void FailsWithBundleTooSmallWhenRemovingFromATwoCourseBundle()
    {
        var offer = ABundle();

        var error = Assert.Throws<DomainException>(() => offer.RemoveCourse(offer.Courses.First().CourseId));

        Assert.Equal((OfferErrors.BundleTooSmallCode, 2), (error.Code, offer.Courses.Count));
    }

    [Fact]
    public void FailsWithSeriesKeepsCoursesWhenRemovingFromASeries()
    {
        var series = Offer.Bundle(
            "Series", null, Money.Fen(9900), [.. Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7())], true, PriceGuardrails.None, null, Now);

        var error = Assert.Throws<DomainException>(() => series.RemoveCourse(series.Courses.First().CourseId));

        Assert.Equal((OfferErrors.SeriesKeepsCoursesCode, 3), (error.Code, series.Courses.Count));
    }

    [Fact]
    public void FailsWithPlanNeedsACourseWhenRemovingAPlansLastCourse()
    {
        var courseId = Guid.CreateVersion7();
        var plan = Offer.MembershipPlan("Plan", null, Money.Fen(9900), 30, [courseId], 10, PriceGuardrails.None, Now);

        var error = Assert.Throws<DomainException>(() => plan.RemoveCourse(courseId));

        Assert.Equal((OfferErrors.PlanNeedsACourseCode, false), (error.Code, plan.CoversAllCourses));
    }

    private static Offer ABundle(int courses = 2)
    {
        var offer = Offer.Bundle(
            "Bundle", null, Money.Fen(9900), [.. Enumerable.Range(0, courses).Select(_ => Guid.CreateVersion7())], false, PriceGuardrails.None, null, Now);
        offer.ClearDomainEvents();
        return offer;
    }
}
