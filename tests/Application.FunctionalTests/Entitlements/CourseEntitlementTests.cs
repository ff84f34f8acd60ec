using KnowledgePay.Application.Learning.Commands.GrantCourseAccess;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.Application.FunctionalTests.Entitlements.EntitlementsApp;

namespace KnowledgePay.Application.FunctionalTests.Entitlements;

/// <summary>Enrollments from bundles, series, gifts and codes, and enrollments that expire.</summary>
public abstract class CourseEntitlementTests(EntitlementsApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task APaidBundleEnrollsInEachOfItsCoursesExceptThoseAlreadyHeld()
    {
        var courses = await app.AddCoursesAsync(3);
        var bundle = await app.AddBundleAsync(courses);
        await app.WithDbAsync(db =>
        {
            db.Enrollments.Add(Enrollment.ByAdmin(app.Buyer.Id, courses[0], app.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        var orderId = await app.NewOrderAsync();

        await app.RaisePaidAsync(orderId, Sold(bundle));

        var throughBundle = await app.WithDbAsync(db => db.Enrollments.Where(e => e.OrderId == orderId).ToListAsync());
        Assert.Equal(new HashSet<Guid> { courses[1], courses[2] }, throughBundle.Select(e => e.CourseId).ToHashSet());
        Assert.All(throughBundle, e => Assert.Equal((EnrollmentSource.Purchase, (Guid?)bundle.Id), (e.Source, e.BundleId)));
        Assert.Equal(courses.ToHashSet(), await app.OpenToBuyerAsync(courses));
    }

    [Fact]
    public async Task AFullyRefundedBundleLineWithdrawsItsCoursesButNotOnesHeldBefore()
    {
        var courses = await app.AddCoursesAsync(3);
        var bundle = await app.AddBundleAsync(courses);
        await app.WithDbAsync(db =>
        {
            db.Enrollments.Add(Enrollment.ByAdmin(app.Buyer.Id, courses[2], app.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        var line = Sold(bundle);
        var orderId = await app.RaisePaidAsync(line);
        var refundId = await app.RefundOfAsync(orderId);
        Assert.Equal(courses.ToHashSet(), await app.OpenToBuyerAsync(courses));

        await app.RaiseRefundedAsync(orderId, refundId, Refunded(line));

        Assert.Equal(new HashSet<Guid> { courses[2] }, await app.OpenToBuyerAsync(courses));
    }

    [Fact]
    public async Task ACourseAddedToASeriesReachesItsEarlierBuyersAndLeavesWithTheirRefund()
    {
        var courses = await app.AddCoursesAsync(3);
        var series = await app.AddBundleAsync([courses[0], courses[1]], isSeries: true);
        var line = Sold(series);
        var orderId = await app.RaisePaidAsync(line);

        await app.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Include(o => o.Courses).SingleAsync(o => o.Id == series.Id);
            offer.AddCourse(courses[2]);
            return await db.SaveChangesAsync();
        });

        Assert.Contains(courses[2], await app.OpenToBuyerAsync(courses));
        await app.RaiseRefundedAsync(orderId, await app.RefundOfAsync(orderId), Refunded(line));
        Assert.Empty(await app.OpenToBuyerAsync(courses));
    }

    [Fact]
    public async Task ACourseAddedToAPlainBundleReachesNoEarlierBuyer()
    {
        var courses = await app.AddCoursesAsync(3);
        var bundle = await app.AddBundleAsync([courses[0], courses[1]]);
        await app.RaisePaidAsync(Sold(bundle));

        await app.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Include(o => o.Courses).SingleAsync(o => o.Id == bundle.Id);
            offer.AddCourse(courses[2]);
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(courses[2], await app.OpenToBuyerAsync(courses));
    }

    [Fact]
    public async Task AGiftedBundleEnrollsTheRecipientOncePerGift()
    {
        var courses = await app.AddCoursesAsync(2);
        var bundle = await app.AddBundleAsync(courses);
        var gift = new OfferGrantedEvent(app.Buyer.Id, OfferKind.Bundle, bundle.Id, EnrollmentSource.Gift, Guid.NewGuid());

        await app.RaiseAsync(gift);
        await app.RaiseAsync(gift);

        var enrollments = await app.WithDbAsync(db => db.Enrollments.Where(e => e.UserId == app.Buyer.Id).ToListAsync());
        Assert.Equal(2, enrollments.Count);
        Assert.All(enrollments, e => Assert.Equal((EnrollmentSource.Gift, (Guid?)gift.SourceId, (Guid?)bundle.Id), (e.Source, e.SourceId, e.BundleId)));
    }

    [Fact]
    public async Task ARedeemedCourseCodeEnrollsWithThatSource()
    {
        var code = new OfferGrantedEvent(app.Buyer.Id, OfferKind.Course, app.Course.Id, EnrollmentSource.RedeemCode, Guid.NewGuid());

        await app.RaiseAsync(code);

        var enrollment = await app.WithDbAsync(db => db.Enrollments.SingleAsync(e => e.UserId == app.Buyer.Id));
        Assert.Equal((EnrollmentSource.RedeemCode, (Guid?)code.SourceId), (enrollment.Source, enrollment.SourceId));
    }

    [Fact]
    public async Task AnExpiredEnrollmentOpensNothingAndANewGrantReplacesIt()
    {
        var now = app.Clock.GetUtcNow();
        var expired = Enrollment.ByAdmin(app.Buyer.Id, app.Course.Id, now.AddDays(-10), expiresAt: now.AddDays(-1));
        await app.WithDbAsync(db =>
        {
            db.Enrollments.Add(expired);
            return db.SaveChangesAsync();
        });
        Assert.Empty(await app.OpenToBuyerAsync([app.Course.Id]));
        app.SignInAsAdmin();

        var granted = await app.SendAsync<EnrollmentDto>(new GrantCourseAccessCommand(app.Buyer.Id, app.Course.Id));

        Assert.Null(granted.ExpiresAt);
        Assert.Equal([app.Course.Id], await app.OpenToBuyerAsync([app.Course.Id]));
        var old = await app.WithDbAsync(db => db.Enrollments.SingleAsync(e => e.Id == expired.Id));
        Assert.NotNull(old.RevokedAt);
    }
}

public sealed class CourseEntitlementTestsOnSqlite() : CourseEntitlementTests(new EntitlementsApp(onPostgreSql: false));

public sealed class CourseEntitlementTestsOnPostgreSql() : CourseEntitlementTests(new EntitlementsApp(onPostgreSql: true));
