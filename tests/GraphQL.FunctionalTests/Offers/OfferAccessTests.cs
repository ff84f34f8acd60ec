using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Offers;

/// <summary>
/// Who may manage and see offers, with real tokens: admins everything; creators bundles of their own courses within
/// guardrails, never plans or guardrails; learners and anonymous callers only what is on sale. Refusals change nothing.
/// </summary>
public abstract class OfferAccessTests(KnowledgePayApp app) : OffersTest(app)
{
    public static TheoryData<string> ManagementMutations =>
        ["createBundle", "createMembershipPlan", "updateOffer", "repriceOffer", "addCourseToOffer", "removeCourseFromOffer",
            "withdrawOffer", "putOfferOnSale", "setCourseGuardrails"];

    [Theory]
    [MemberData(nameof(ManagementMutations))]
    public async Task RefusesALearnerWithNotAuthorizedAndChangesNothing(string mutation)
    {
        var (offer, courses) = await AdminBundleAsync();
        var learner = await SignInAsync("o_learner");
        var before = await OfferStateAsync();

        var response = await learner.Client.PostGraphQLAsync(MutationText(mutation), new { input = InputFor(mutation, offer, courses) });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(before, await OfferStateAsync());
    }

    [Theory]
    [MemberData(nameof(ManagementMutations))]
    public async Task RefusesAnAnonymousCallerWithNotAuthenticatedAndChangesNothing(string mutation)
    {
        var (offer, courses) = await AdminBundleAsync();
        var before = await OfferStateAsync();

        var response = await Client.PostGraphQLAsync(MutationText(mutation), new { input = InputFor(mutation, offer, courses) });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(before, await OfferStateAsync());
    }

    [Theory]
    [InlineData("createMembershipPlan")]
    [InlineData("setCourseGuardrails")]
    public async Task RefusesACreatorWithNotAuthorizedForAdminOnlyMutations(string mutation)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var own = await PublishedCoursesAsync(profile, 4900, 9900);

        var response = await creator.Client.PostGraphQLAsync(MutationText(mutation), new { input = InputFor(mutation, Guid.Empty, own) });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(PriceGuardrails.None, await App.ReadAsync(db => db.Courses.Select(c => c.Guardrails).FirstAsync()));
        Assert.Equal(0, await App.ReadAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task LetsACreatorBundleTheirOwnCoursesWithinTheCoursesGuardrails()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var own = await PublishedCoursesAsync(profile, 4900, 9900);
        await SetGuardrailsAsync(admin, own[0].Id, floorFen: 3000, maxDiscountPercent: 40);
        await SetGuardrailsAsync(admin, own[1].Id, floorFen: 5000, maxDiscountPercent: 20);

        var offer = await MutateOfferAsync(creator, "createBundle", BundleInput(own, 8000));

        Assert.Equal(8000, offer.GetProperty("listPrice").GetProperty("fen").GetInt64());
        var saved = await App.ReadAsync(db => db.Offers.AsNoTracking().SingleAsync());
        Assert.Equal((profile.Id, PriceGuardrails.Of(8000, 20, false)), (saved.CreatorId, saved.Guardrails));
    }

    [Fact]
    public async Task RefusesACreatorsBundleBelowTheirCoursesFloorsWithPriceBelowFloor()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var own = await PublishedCoursesAsync(profile, 4900, 9900);
        await SetGuardrailsAsync(admin, own[0].Id, floorFen: 3000, maxDiscountPercent: 40);
        await SetGuardrailsAsync(admin, own[1].Id, floorFen: 5000, maxDiscountPercent: 20);

        var payload = await MutateAsync(creator, "createBundle", BundleInput(own, 7999));

        Assert.Equal([("PriceBelowFloorError", OfferErrors.PriceBelowFloorCode)], payload.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task RefusesACreatorBundlingAnotherCreatorsCourseWithNotAuthorized()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var own = await PublishedCoursesAsync(profile, 4900);
        var theirs = await PublishedCoursesAsync(null, 9900);

        var response = await creator.Client.PostGraphQLAsync(
            MutationText("createBundle"), new { input = BundleInput([own[0], theirs[0]], 9900) });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task RefusesACreatorSettingGuardrailsOnTheirBundleWithNotAuthorized()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var own = await PublishedCoursesAsync(profile, 4900, 9900);
        var offerId = (await MutateOfferAsync(creator, "createBundle", BundleInput(own, 9900))).GetProperty("id").GetString();
        var before = await OfferStateAsync();

        var response = await creator.Client.PostGraphQLAsync(MutationText("repriceOffer"), new
        {
            input = new { offerId, price = 100, guardrails = new { floorFen = 0, maxDiscountPercent = 100, salePriceStacksWithMemberPrice = true } },
        });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(before, await OfferStateAsync());
    }

    [Fact]
    public async Task LetsACreatorRepriceTheirOwnBundleButNotThePlatformsOne()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var own = await PublishedCoursesAsync(profile, 4900, 9900);
        var ownOfferId = (await MutateOfferAsync(creator, "createBundle", BundleInput(own, 9900))).GetProperty("id").GetString();
        var platformOfferId = (await MutateOfferAsync(admin, "createBundle", BundleInput(own, 9900))).GetProperty("id").GetString();

        var repriced = await MutateOfferAsync(creator, "repriceOffer", new { offerId = ownOfferId, price = 8800 });
        var refused = await creator.Client.PostGraphQLAsync(MutationText("repriceOffer"), new { input = new { offerId = platformOfferId, price = 8800 } });

        Assert.Equal(8800, repriced.GetProperty("listPrice").GetProperty("fen").GetInt64());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);
    }

    [Fact]
    public async Task ListsEveryOfferToAnAdminAndOnlyTheirOwnBundlesToACreator()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var own = await PublishedCoursesAsync(profile, 4900, 9900);
        await MutateOfferAsync(creator, "createBundle", BundleInput(own, 9900));
        await MutateOfferAsync(admin, "createMembershipPlan", PlanInput([]));
        const string Query = "{ offers(order: [{ createdAt: ASC }]) { totalCount nodes { kind creator { id } } } }";

        var all = (await admin.Client.QueryAsync(Query)).Nodes("offers");
        var mine = (await creator.Client.QueryAsync(Query)).Nodes("offers");

        Assert.Equal(["BUNDLE", "MEMBERSHIP"], all.Select(o => o.GetProperty("kind").GetString()));
        Assert.Equal(GlobalId.Encode("Creator", profile.Id), Assert.Single(mine).GetProperty("creator").GetProperty("id").GetString());
    }

    [Fact]
    public async Task RefusesTheOffersListToALearnerAndAnAnonymousCaller()
    {
        var learner = await SignInAsync("o_learner");

        var asLearner = await learner.Client.PostGraphQLAsync("{ offers { nodes { id } } }");
        var anonymous = await Client.PostGraphQLAsync("{ offers { nodes { id } } }");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task ShowsAWithdrawnOfferByIdOnlyToWhoManagesIt()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900);
        var withdrawn = Offer.Bundle("Old", null, Money.Fen(9900), [.. courses.Select(c => c.Id)], false, PriceGuardrails.None, null, Epoch);
        withdrawn.Withdraw();
        var onSale = Offer.Bundle("New", null, Money.Fen(9900), [.. courses.Select(c => c.Id)], false, PriceGuardrails.None, null, Epoch);
        await App.AddAsync(withdrawn, onSale);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        const string Query = "query($a: ID!, $b: ID!) { a: offer(id: $a) { title } b: node(id: $b) { ... on Offer { title } } }";
        var ids = new { a = GlobalId.Encode("Offer", withdrawn.Id), b = GlobalId.Encode("Offer", onSale.Id) };

        var anonymous = await Client.QueryAsync(Query, ids);
        var asAdmin = await admin.Client.QueryAsync(Query, ids);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, anonymous.GetProperty("a").ValueKind);
        Assert.Equal("New", anonymous.GetProperty("b").GetProperty("title").GetString());
        Assert.Equal("Old", asAdmin.GetProperty("a").GetProperty("title").GetString());
    }

    private static string MutationText(string mutation) =>
        $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ errors {{ __typename }} }} }}";

    private static object InputFor(string mutation, Guid offerId, IReadOnlyList<Course> courses)
    {
        var offer = GlobalId.Encode("Offer", offerId);
        return mutation switch
        {
            "createBundle" => BundleInput(courses, 9900),
            "createMembershipPlan" => PlanInput(courses),
            "updateOffer" => new { offerId = offer, title = "T", description = (string?)null },
            "repriceOffer" => new { offerId = offer, price = 100 },
            "addCourseToOffer" or "removeCourseFromOffer" => new { offerId = offer, courseId = CourseId(courses[0]) },
            "withdrawOffer" or "putOfferOnSale" => new { offerId = offer },
            "setCourseGuardrails" => new
            {
                courseId = CourseId(courses[0]),
                guardrails = new { floorFen = 100, maxDiscountPercent = 10, salePriceStacksWithMemberPrice = false },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };
    }

    private async Task<(Guid Offer, IReadOnlyList<Course> Courses)> AdminBundleAsync()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900);
        var offer = Offer.Bundle("B", null, Money.Fen(9900), [.. courses.Select(c => c.Id)], false, PriceGuardrails.None, null, Epoch);
        await App.AddAsync(offer);
        return (offer.Id, courses);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OfferAccessTestsOnSqlite(SqliteApp app) : OfferAccessTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class OfferAccessTestsOnPostgreSql(PostgreSqlApp app) : OfferAccessTests(app);
