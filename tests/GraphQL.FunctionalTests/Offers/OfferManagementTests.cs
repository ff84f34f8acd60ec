using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Offers;

/// <summary>Admins create and edit bundles and plans through HTTP; bad input gets a typed error and changes nothing.</summary>
public abstract class OfferManagementTests(KnowledgePayApp app) : OffersTest(app)
{
    [Fact]
    public async Task CreatesABundleOfPublishedCoursesBelowTheirSumWhenAnAdminAsks()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900, 19900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var offer = await MutateOfferAsync(admin, "createBundle", BundleInput(courses, 24900));

        Assert.Equal("BUNDLE", offer.GetProperty("kind").GetString());
        Assert.Equal(24900, offer.GetProperty("listPrice").GetProperty("fen").GetInt64());
        Assert.True(offer.GetProperty("isOnSale").GetBoolean());
        Assert.Equal(courses.Select(CourseId), offer.GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(["OfferCreated"], await AuditActionsAsync(admin, "Offer"));
    }

    [Fact]
    public async Task CreatesAPlanCoveringEveryCourseWhenItNamesNone()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var offer = await MutateOfferAsync(admin, "createMembershipPlan", PlanInput([], price: 6800, days: 30, memberDiscountPercent: 0));

        Assert.Equal(
            ("MEMBERSHIP", 30, true, 0),
            (offer.GetProperty("kind").GetString(), offer.GetProperty("membershipDays").GetInt32(),
                offer.GetProperty("coversAllCourses").GetBoolean(), offer.GetProperty("courses").GetArrayLength()));
    }

    [Fact]
    public async Task EditsTitlePriceGuardrailsCoursesAndSaleStatusAndAuditsThePriceChanges()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900, 19900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var offerId = (await MutateOfferAsync(admin, "createBundle", BundleInput(courses.Take(2), 9900))).GetProperty("id").GetString();

        await MutateOfferAsync(admin, "updateOffer", new { offerId, title = "两件套", description = "Two." });
        await MutateOfferAsync(admin, "repriceOffer", new
        {
            offerId,
            price = 12900,
            guardrails = new { floorFen = 9900, maxDiscountPercent = 30, salePriceStacksWithMemberPrice = true },
        });
        await MutateOfferAsync(admin, "addCourseToOffer", new { offerId, courseId = CourseId(courses[2]) });
        var withdrawn = await MutateOfferAsync(admin, "withdrawOffer", new { offerId });
        var back = await MutateOfferAsync(admin, "putOfferOnSale", new { offerId });

        Assert.False(withdrawn.GetProperty("isOnSale").GetBoolean());
        Assert.True(back.GetProperty("isOnSale").GetBoolean());
        Assert.Equal(("两件套", 12900L, 3), (back.GetProperty("title").GetString(),
            back.GetProperty("listPrice").GetProperty("fen").GetInt64(), back.GetProperty("courses").GetArrayLength()));
        var guardrails = await App.ReadAsync(db => db.Offers.Select(o => o.Guardrails).SingleAsync());
        Assert.Equal(PriceGuardrails.Of(9900, 30, true), guardrails);
        // A reprice records its price and guardrail events in one save, so they share a timestamp: compare them as a set.
        Assert.Equal(
            ["OfferCourseAdded", "OfferCreated", "OfferGuardrailsChanged", "OfferPriceChanged", "OfferPutOnSale", "OfferWithdrawn"],
            (await AuditActionsAsync(admin, "Offer")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RemovesACourseFromABundleButRefusesToEmptyASeries()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900, 19900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var bundleId = (await MutateOfferAsync(admin, "createBundle", BundleInput(courses, 19900))).GetProperty("id").GetString();
        var seriesId = (await MutateOfferAsync(admin, "createBundle", BundleInput(courses, 19900, isSeries: true))).GetProperty("id").GetString();

        var removed = await MutateOfferAsync(admin, "removeCourseFromOffer", new { offerId = bundleId, courseId = CourseId(courses[1]) });
        var refused = await MutateAsync(admin, "removeCourseFromOffer", new { offerId = seriesId, courseId = CourseId(courses[1]) });

        Assert.Equal(
            [CourseId(courses[0]), CourseId(courses[2])],
            removed.GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal([("SeriesKeepsCoursesError", OfferErrors.SeriesKeepsCoursesCode)], refused.PayloadErrors());
        Assert.Equal(5, await App.ReadAsync(db => db.Offers.SelectMany(o => o.Courses).CountAsync()));
    }

    [Fact]
    public async Task RefusesAnOfferPriceBelowTheFloorWithPriceBelowFloorAndKeepsThePrice()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var guardrails = new { floorFen = 8000, maxDiscountPercent = 50, salePriceStacksWithMemberPrice = false };
        var offerId = (await MutateOfferAsync(admin, "createBundle", BundleInput(courses, 9900, guardrails))).GetProperty("id").GetString();
        var before = await OfferStateAsync();

        var payload = await MutateAsync(admin, "repriceOffer", new { offerId, price = 7999 });

        Assert.Equal([("PriceBelowFloorError", OfferErrors.PriceBelowFloorCode)], payload.PayloadErrors());
        Assert.Equal(before, await OfferStateAsync());
    }

    [Fact]
    public async Task RefusesABundleBelowItsOwnFloorWithPriceBelowFloorAndCreatesNothing()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var payload = await MutateAsync(admin, "createBundle", BundleInput(
            courses, 5000, new { floorFen = 6000, maxDiscountPercent = 0, salePriceStacksWithMemberPrice = false }));

        Assert.Equal([("PriceBelowFloorError", OfferErrors.PriceBelowFloorCode)], payload.PayloadErrors());
        Assert.Equal((0, 0), await App.ReadAsync(async db => (await db.Offers.CountAsync(), await db.AuditEntries.CountAsync(e => e.EntityType == "Offer"))));
    }

    [Fact]
    public async Task RefusesABundleWithADraftCourseWithOfferCourseNotPublishedAndCreatesNothing()
    {
        var published = await PublishedCoursesAsync(null, 4900);
        var (creator, category) = (ACreator(), ACategory());
        var draft = ACourse().By(creator).In(category).Build();
        await App.AddAsync(creator, category, draft);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var payload = await MutateAsync(admin, "createBundle", BundleInput([published[0], draft], 4900));

        Assert.Equal([("OfferCourseNotPublishedError", OfferErrors.CourseNotPublishedCode)], payload.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task RefusesABundleOfOneCourseWithBundleTooSmall()
    {
        var courses = await PublishedCoursesAsync(null, 4900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var payload = await MutateAsync(admin, "createBundle", BundleInput([courses[0], courses[0]], 4900));

        Assert.Equal([("BundleTooSmallError", OfferErrors.BundleTooSmallCode)], payload.PayloadErrors());
    }

    [Fact]
    public async Task RefusesAFreeBundleAndAnOutOfRangeDiscountWithInvalidInput()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var free = await MutateAsync(admin, "createBundle", BundleInput(courses, 0));
        var discount = await MutateAsync(admin, "createMembershipPlan", PlanInput([], memberDiscountPercent: 100));

        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], free.PayloadErrors());
        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], discount.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task RefusesAddingACourseToAPlanCoveringEveryCourseWithPlanCoversAllCourses()
    {
        var courses = await PublishedCoursesAsync(null, 4900);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var offerId = (await MutateOfferAsync(admin, "createMembershipPlan", PlanInput([]))).GetProperty("id").GetString();

        var payload = await MutateAsync(admin, "addCourseToOffer", new { offerId, courseId = CourseId(courses[0]) });

        Assert.Equal([("PlanCoversAllCoursesError", OfferErrors.PlanCoversAllCoursesCode)], payload.PayloadErrors());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OfferManagementTestsOnSqlite(SqliteApp app) : OfferManagementTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class OfferManagementTestsOnPostgreSql(PostgreSqlApp app) : OfferManagementTests(app);
