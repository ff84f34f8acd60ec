using System.Net;
using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Pricing;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Memberships;

/// <summary>
/// A membership bought and paid through the API: it opens its plan's courses, puts member prices on the rest, a renewal
/// extends it from its expiry, and once it has run out no lesson body or media link opens.
/// </summary>
public abstract class MembershipPurchaseTests(KnowledgePayApp app) : CartTest(app)
{
    private const int PlanDays = 30;
    private const long PlanFen = 2900;

    [Fact]
    public async Task ABoughtPlanOpensItsCoursesPutsMemberPricesOnTheRestAndARenewalExtendsItFromItsExpiry()
    {
        var (covered, other, plan) = await PlanAsync();
        var buyer = await SignInAsync("o_plan_buyer");
        var priceBefore = await PriceForViewerAsync(buyer, other);

        await BuyPlanAsync(buyer, plan);
        var first = Assert.Single(await MyMembershipsAsync(buyer));
        var coveredLessons = await LessonsAsync(buyer.Client, covered.Id);
        var otherLessons = await LessonsAsync(buyer.Client, other.Id);
        var priceAsMember = await PriceForViewerAsync(buyer, other);
        await BuyPlanAsync(buyer, plan);
        var renewed = Assert.Single(await MyMembershipsAsync(buyer));

        Assert.Equal(["LIST_PRICE"], StepKinds(priceBefore));
        Assert.Equal("月卡", first.GetProperty("planTitle").GetString());
        Assert.InRange(ExpiresAt(first) - DateTimeOffset.UtcNow, TimeSpan.FromDays(PlanDays) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(PlanDays));
        Assert.Equal([BodyOf(0), BodyOf(1)], Bodies(coveredLessons));
        Assert.Equal([BodyOf(0), null], Bodies(otherLessons));
        Assert.Equal(["LIST_PRICE", "MEMBER_PRICE"], StepKinds(priceAsMember));
        Assert.Equal(7920, Fen(priceAsMember, "final"));
        Assert.Equal(ExpiresAt(first).AddDays(PlanDays), ExpiresAt(renewed));
    }

    [Fact]
    public async Task AMembershipThatRanOutOpensNoPaidBodyAndNoMediaLink()
    {
        var (covered, _, plan) = await PlanAsync();
        var buyer = await SignInAsync("o_plan_lapsed");
        await BuyPlanAsync(buyer, plan);
        var whileMember = await LessonsAsync(buyer.Client, covered.Id);
        using var mediaWhileMember = await FollowFreshMediaLinkAsync(covered, buyer);

        App.Clock.Advance(TimeSpan.FromDays(PlanDays + 1));
        var afterExpiry = await LessonsAsync(buyer.Client, covered.Id);
        using var mediaAfterExpiry = await FollowFreshMediaLinkAsync(covered, buyer);

        Assert.Equal([BodyOf(0), BodyOf(1)], Bodies(whileMember));
        Assert.Equal(JsonValueKind.Object, whileMember[1].GetProperty("media").ValueKind);
        Assert.Equal(HttpStatusCode.Redirect, mediaWhileMember.StatusCode);
        Assert.Equal([BodyOf(0), null], Bodies(afterExpiry));
        Assert.Equal(JsonValueKind.Null, afterExpiry[1].GetProperty("media").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, mediaAfterExpiry.StatusCode);
        Assert.Empty(await MyMembershipsAsync(buyer));
    }

    /// <summary>Two courses and a 30-day plan opening the first, 20 % off the others.</summary>
    private async Task<(Course Covered, Course Other, Offer Plan)> PlanAsync()
    {
        var courses = await AddCoursesPricedAsync(4900, 9900);
        var plan = Offer.MembershipPlan("月卡", null, Money.Fen(PlanFen), PlanDays, [courses[0].Id], 20, PriceGuardrails.None, Epoch);
        await App.AddAsync(plan);
        return (courses[0], courses[1], plan);
    }

    private async Task BuyPlanAsync(Session buyer, Offer plan)
    {
        var created = await CreateOrderAsync(buyer, [OfferLine(plan)], PlanFen);
        Assert.Empty(created.PayloadErrors());
        await PayAsync(buyer, created.GetProperty("order"));
    }

    private static async Task<IReadOnlyList<JsonElement>> MyMembershipsAsync(Session member) =>
        [.. (await member.Client.QueryAsync("{ myMembership { planTitle expiresAt } }")).GetProperty("myMembership").EnumerateArray()];

    private static async Task<JsonElement> PriceForViewerAsync(Session viewer, Course course) =>
        (await viewer.Client.QueryAsync(
            $"query($id: ID!) {{ course(id: $id) {{ priceForViewer {{ {PriceFields} }} }} }}", new { id = CourseId(course) }))
        .GetProperty("course").GetProperty("priceForViewer");

    private static DateTimeOffset ExpiresAt(JsonElement membership) => membership.GetProperty("expiresAt").GetDateTimeOffset();

    /// <summary>Follows a media link of the course's paid lesson signed for the member at the app's now.</summary>
    private async Task<HttpResponseMessage> FollowFreshMediaLinkAsync(Course course, Session member)
    {
        var lessonId = course.Chapters.Single().Lessons.ElementAt(1).Id;
        var link = App.Services.GetRequiredService<IMediaUrlSigner>().Sign(lessonId, GlobalId.DecodeOf("User", member.UserId), App.Clock.GetUtcNow());
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        return await client.GetAsync(link.Url);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MembershipPurchaseTestsOnSqlite(SqliteApp app) : MembershipPurchaseTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class MembershipPurchaseTestsOnPostgreSql(PostgreSqlApp app) : MembershipPurchaseTests(app);
