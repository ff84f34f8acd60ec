using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgePay.Application.FunctionalTests.Entitlements.EntitlementsApp;

namespace KnowledgePay.Application.FunctionalTests.Entitlements;

/// <summary>Memberships from paid plan lines, gifts and codes: what they open, for how long, and what a refund takes back.</summary>
public abstract class MembershipEntitlementTests(EntitlementsApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task APaidPlanOpensEveryCourseUntilItExpires()
    {
        var plan = await app.AddPlanAsync(days: 30);
        var courses = await app.AddCoursesAsync(2);

        await app.RaisePaidAsync(Sold(plan));

        Assert.Equal(courses.ToHashSet(), await app.OpenToBuyerAsync(courses));
        app.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        Assert.Empty(await app.OpenToBuyerAsync(courses));
    }

    [Fact]
    public async Task APlanOfChosenCoursesOpensOnlyThose()
    {
        var courses = await app.AddCoursesAsync(3);
        var plan = await app.AddPlanAsync(courseIds: [courses[0], courses[1]]);

        await app.RaisePaidAsync(Sold(plan));

        Assert.Equal(new HashSet<Guid> { courses[0], courses[1] }, await app.OpenToBuyerAsync(courses));
    }

    [Fact]
    public async Task ARenewalExtendsFromTheCurrentExpiry()
    {
        var plan = await app.AddPlanAsync(days: 30);
        await app.RaisePaidAsync(Sold(plan));
        var first = (await app.MembershipAsync(plan.Id))!.ExpiresAt;
        app.Clock.Advance(TimeSpan.FromDays(10));

        await app.RaisePaidAsync(Sold(plan));

        var membership = await app.MembershipAsync(plan.Id);
        Assert.Equal(first.AddDays(30), membership!.ExpiresAt);
        Assert.Equal(2, membership.Terms.Count);
    }

    [Fact]
    public async Task ARenewalAfterALapseRunsFromThePurchase()
    {
        var plan = await app.AddPlanAsync(days: 30);
        await app.RaisePaidAsync(Sold(plan));
        app.Clock.Advance(TimeSpan.FromDays(45));
        var renewedAt = app.Clock.GetUtcNow();

        await app.RaisePaidAsync(Sold(plan));

        var expiresAt = (await app.MembershipAsync(plan.Id))!.ExpiresAt;
        Assert.InRange(expiresAt, renewedAt.AddDays(30), renewedAt.AddDays(30).AddMinutes(1));
    }

    [Fact]
    public async Task AFullyRefundedRenewalTakesItsTermBackAndAPartialRefundKeepsIt()
    {
        var plan = await app.AddPlanAsync(days: 30);
        await app.RaisePaidAsync(Sold(plan));
        var first = (await app.MembershipAsync(plan.Id))!.ExpiresAt;
        var renewal = Sold(plan);
        var renewalOrder = await app.RaisePaidAsync(renewal);
        var refundId = await app.RefundOfAsync(renewalOrder);

        await app.RaiseRefundedAsync(renewalOrder, refundId, Refunded(renewal, fully: false));
        var afterPartial = (await app.MembershipAsync(plan.Id))!.ExpiresAt;
        await app.RaiseRefundedAsync(renewalOrder, refundId, Refunded(renewal));

        Assert.Equal(first.AddDays(30), afterPartial);
        Assert.Equal(first, (await app.MembershipAsync(plan.Id))!.ExpiresAt);
    }

    [Fact]
    public async Task AGiftedPlanLineGrantsNothingToTheBuyer()
    {
        var plan = await app.AddPlanAsync();

        await app.RaisePaidAsync(Sold(plan, isGift: true));

        Assert.Null(await app.MembershipAsync(plan.Id));
    }

    [Fact]
    public async Task AGiftOrCodeAddsATermOncePerSource()
    {
        var plan = await app.AddPlanAsync(days: 30);
        var gift = new OfferGrantedEvent(app.Buyer.Id, OfferKind.Membership, plan.Id, EnrollmentSource.Gift, Guid.NewGuid());
        var code = new OfferGrantedEvent(app.Buyer.Id, OfferKind.Membership, plan.Id, EnrollmentSource.RedeemCode, Guid.NewGuid());

        await app.RaiseAsync(gift);
        await app.RaiseAsync(gift);
        await app.RaiseAsync(code);

        var membership = await app.MembershipAsync(plan.Id);
        Assert.Equal(2, membership!.Terms.Count);
        Assert.Equal(membership.StartedAt.AddDays(60), membership.ExpiresAt);
    }

    [Fact]
    public async Task TheMemberPriceSourceNamesActivePlansWithTheirDiscountAndCourses()
    {
        var courses = await app.AddCoursesAsync(2);
        var chosen = await app.AddPlanAsync(days: 30, courseIds: [courses[0]], discountPercent: 15);
        var all = await app.AddPlanAsync(days: 10, discountPercent: 30);
        await app.RaisePaidAsync(Sold(chosen), Sold(all));
        var source = app.Services.CreateScope().ServiceProvider.GetRequiredService<IMemberPriceSource>();

        var standings = await source.ActiveAsync(app.Buyer.Id, app.Clock.GetUtcNow(), CancellationToken.None);
        var later = await source.ActiveAsync(app.Buyer.Id, app.Clock.GetUtcNow().AddDays(11), CancellationToken.None);

        Assert.Equal([all.Id, chosen.Id], standings.Select(s => s.PlanId));
        Assert.True(standings[0].CoversAllCourses);
        Assert.Equal(30, standings[0].DiscountPercent);
        Assert.True(standings[1].Opens(courses[0]));
        Assert.False(standings[1].Opens(courses[1]));
        Assert.Equal(15, standings[1].DiscountPercent);
        Assert.Equal([chosen.Id], later.Select(s => s.PlanId));
    }
}

public sealed class MembershipEntitlementTestsOnSqlite() : MembershipEntitlementTests(new EntitlementsApp(onPostgreSql: false));

public sealed class MembershipEntitlementTestsOnPostgreSql() : MembershipEntitlementTests(new EntitlementsApp(onPostgreSql: true));
