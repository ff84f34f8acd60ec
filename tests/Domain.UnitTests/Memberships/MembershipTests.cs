using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.UnitTests.Memberships;

public sealed class MembershipTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();
    private static readonly Offer Monthly = Plan(30);

    [Fact]
    public void LastsThePlansDaysFromNowWhenStarted()
    {
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, Guid.NewGuid(), Now);

        Assert.Equal(Now.AddDays(30), membership.ExpiresAt);
        Assert.True(membership.IsActiveAt(Now.AddDays(30).AddSeconds(-1)));
        Assert.False(membership.IsActiveAt(Now.AddDays(30)));
        Assert.IsType<MembershipGrantedEvent>(Assert.Single(membership.DomainEvents()));
    }

    [Fact]
    public void ExtendsFromTheCurrentExpiryWhenRenewedEarly()
    {
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, Guid.NewGuid(), Now);

        membership.Renew(Monthly, EnrollmentSource.Purchase, Guid.NewGuid(), Now.AddDays(10));

        Assert.Equal(Now.AddDays(60), membership.ExpiresAt);
        var renewed = Assert.IsType<MembershipRenewedEvent>(membership.DomainEvents()[^1]);
        Assert.Equal(Now.AddDays(60), renewed.ExpiresAt);
    }

    [Fact]
    public void ExtendsFromNowWhenRenewedAfterItLapsed()
    {
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, Guid.NewGuid(), Now);

        membership.Renew(Monthly, EnrollmentSource.Gift, Guid.NewGuid(), Now.AddDays(45));

        Assert.Equal(Now.AddDays(75), membership.ExpiresAt);
    }

    [Fact]
    public void LastsTheGrantedDaysWhenAnAdminChoosesThem()
    {
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.AdminGrant, null, Now, days: 7);

        Assert.Equal(Now.AddDays(7), membership.ExpiresAt);
    }

    [Fact]
    public void ShortensByTheWholeTermWhenAFutureTermIsRemoved()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, first, Now);
        membership.Renew(Monthly, EnrollmentSource.Purchase, second, Now.AddDays(1));

        var removed = membership.RemoveTerm(EnrollmentSource.Purchase, second, Now.AddDays(2));

        Assert.True(removed);
        Assert.Equal(Now.AddDays(30), membership.ExpiresAt);
        Assert.IsType<MembershipShortenedEvent>(membership.DomainEvents()[^1]);
    }

    [Fact]
    public void MovesLaterTermsUpToNowWhenTheRunningTermIsRemoved()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, first, Now);
        membership.Renew(Monthly, EnrollmentSource.Purchase, second, Now.AddDays(1));
        var refundedAt = Now.AddDays(10);

        membership.RemoveTerm(EnrollmentSource.Purchase, first, refundedAt);

        var remaining = Assert.Single(membership.Terms, t => t.RemovedAt is null);
        Assert.Equal(refundedAt, remaining.StartsAt);
        Assert.Equal(refundedAt.AddDays(30), membership.ExpiresAt);
    }

    [Fact]
    public void EndsNowWhenItsOnlyRunningTermIsRemoved()
    {
        var line = Guid.NewGuid();
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, line, Now);

        membership.RemoveTerm(EnrollmentSource.Purchase, line, Now.AddDays(3));

        Assert.Equal(Now.AddDays(3), membership.ExpiresAt);
        Assert.False(membership.IsActiveAt(Now.AddDays(3)));
    }

    [Fact]
    public void KeepsTheExpiryWhenAnElapsedTermIsRemoved()
    {
        var old = Guid.NewGuid();
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, old, Now);
        membership.Renew(Monthly, EnrollmentSource.Purchase, Guid.NewGuid(), Now.AddDays(40));

        membership.RemoveTerm(EnrollmentSource.Purchase, old, Now.AddDays(41));

        Assert.Equal(Now.AddDays(70), membership.ExpiresAt);
    }

    [Fact]
    public void RemovesATermOnceWhenTheRefundArrivesTwice()
    {
        var line = Guid.NewGuid();
        var membership = Membership.Start(UserId, Monthly, EnrollmentSource.Purchase, line, Now);
        membership.Renew(Monthly, EnrollmentSource.Purchase, Guid.NewGuid(), Now);
        membership.RemoveTerm(EnrollmentSource.Purchase, line, Now);

        var again = membership.RemoveTerm(EnrollmentSource.Purchase, line, Now);

        Assert.False(again);
        Assert.Equal(Now.AddDays(30), membership.ExpiresAt);
    }

    [Fact]
    public void FailsWhenTheOfferIsNotAPlan()
    {
        var bundle = Offer.Bundle("Two", null, Money.Fen(9900), [Guid.NewGuid(), Guid.NewGuid()], false, PriceGuardrails.None, null, Now);

        var error = Assert.Throws<DomainException>(() => Membership.Start(UserId, bundle, EnrollmentSource.Purchase, Guid.NewGuid(), Now));

        Assert.Equal(MembershipErrors.NotAPlanCode, error.Code);
    }

    private static Offer Plan(int days) =>
        Offer.MembershipPlan("VIP", null, Money.Fen(9900), days, [], 20, PriceGuardrails.None, Now);
}
