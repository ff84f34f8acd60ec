using System.Net.Http.Headers;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Persistence;

/// <summary>What a fresh clone gets from <c>dotnet run</c>: embedded SQLite, migrated and seeded with demo data.</summary>
public sealed class EmbeddedSqliteSmokeTests(EmbeddedSqliteApp app) : IClassFixture<EmbeddedSqliteApp>
{
    [Fact]
    public async Task SeedsAtLeastThreeHundredCoursesWhenStartedWithDemoData()
    {
        var courses = await app.ReadAsync(db => db.Courses.CountAsync());

        Assert.True(courses >= 300, $"Only {courses} courses were seeded.");
    }

    [Fact]
    public async Task SeedsTwelveCategoriesAndFortyCreatorsWhenStartedWithDemoData()
    {
        var categories = await app.ReadAsync(db => db.Categories.CountAsync());
        var creators = await app.ReadAsync(db => db.Creators.CountAsync());

        Assert.True(categories >= 12, $"Only {categories} categories were seeded.");
        Assert.True(creators >= 40, $"Only {creators} creators were seeded.");
    }

    [Fact]
    public async Task SeedsTwoSharesWithTheirVisitsWhenStartedWithDemoData()
    {
        // The demo history's buyers share too; these are the two of the demo learners.
        var shares = await app.ReadAsync(db => db.Shares.CountAsync(s => db.Users.Any(u => u.Id == s.SharerId && u.OpenId.StartsWith("o_demo_learner_"))));
        var visits = await app.ReadAsync(db => db.ShareVisits.CountAsync(v =>
            db.Shares.Any(s => s.Id == v.ShareId && db.Users.Any(u => u.Id == s.SharerId && u.OpenId.StartsWith("o_demo_learner_")))));

        Assert.Equal(2, shares);
        Assert.Equal(10, visits);
    }

    [Fact]
    public async Task AnswersTheIssueExampleWhenStartedWithDemoData()
    {
        var data = await app.Client.QueryAsync("{ courses(first: 5, order: [{ price: DESC }]) { nodes { title price creator { name } } } }");

        var prices = data.Nodes("courses").Select(n => n.GetProperty("price").GetInt64()).ToList();
        Assert.Equal(5, prices.Count);
        Assert.Equal(prices.OrderDescending(), prices);
        Assert.All(data.Nodes("courses"), n => Assert.False(string.IsNullOrEmpty(n.GetProperty("creator").GetProperty("name").GetString())));
    }

    [Fact]
    public async Task SeedsLessonThreadsAndAHeldCommentWaitingInTheModerationQueue()
    {
        var visible = await app.ReadAsync(db => db.LessonComments.CountAsync(c => c.Status == ModerationStatus.Visible));
        var queued = await app.ReadAsync(db => db.ModerationCases.Where(c => c.Status == ModerationCaseStatus.Open).Select(c => c.Kind).ToListAsync());

        Assert.True(visible >= 2, $"Only {visible} visible comments were seeded.");
        Assert.Equal([ModeratedContentKind.Comment], queued);
    }

    [Fact]
    public async Task ShowsTheDemoGroupBuyDealWithItsCourse()
    {
        var data = await app.Client.QueryAsync("{ groupBuyDeals { groupSize price course { title price } openGroups { id } } }");

        var deal = Assert.Single(data.GetProperty("groupBuyDeals").EnumerateArray());
        Assert.Equal(3, deal.GetProperty("groupSize").GetInt32());
        Assert.True(deal.GetProperty("price").GetInt64() < deal.GetProperty("course").GetProperty("price").GetInt64());
    }

    [Fact]
    public async Task WalksTheReadmesOffersTourABundleOnSaleWithTheDemoCouponAndTheMembershipPlans()
    {
        using var buyer = await SignedInClientAsync("o_demo_tour");
        var claimed = (await buyer.QueryAsync(
            "mutation { claimCoupon(input: { code: \"WELCOME10\" }) { userCoupon { state } errors { __typename } } }")).GetProperty("claimCoupon");
        var course = Assert.Single((await buyer.QueryAsync(
                "{ courses(where: { title: { eq: \"Presentation Design Bootcamp\" } }) { nodes { activeSale { kind } offers { id kind title } } } }"))
            .Nodes("courses"));
        var bundleId = course.GetProperty("offers").EnumerateArray()
            .Single(o => o.GetProperty("kind").GetString() == "BUNDLE" && o.GetProperty("title").GetString() == "入门三件套").GetProperty("id").GetString();
        var cart = new { lines = new[] { new { offerId = bundleId } }, couponCode = "WELCOME10" };
        var quote = (await buyer.QueryAsync(
            "query($input: QuoteInput!) { quote(input: $input) { lines { steps { kind } saleEndsAt } total { fen } } }", new { input = cart }))
            .GetProperty("quote");
        var total = quote.GetProperty("total").GetProperty("fen").GetInt64();
        var ordered = (await buyer.QueryAsync(
            "mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { amount { fen } } errors { __typename } } }",
            new { input = new { cart.lines, cart.couponCode, expectedTotalFen = total, clientKey = "k-demo-tour-1" } })).GetProperty("createOrder");
        var plans = (await app.Client.QueryAsync("{ membershipPlans { title } }")).GetProperty("membershipPlans").EnumerateArray()
            .Select(p => p.GetProperty("title").GetString());
        var listedCoupons = (await app.Client.QueryAsync("{ claimableCoupons { nodes { id } } }")).Nodes("claimableCoupons");

        Assert.Empty(claimed.PayloadErrors());
        Assert.Equal("LIMITED_TIME_PRICE", course.GetProperty("activeSale").GetProperty("kind").GetString());
        var line = Assert.Single(quote.GetProperty("lines").EnumerateArray());
        Assert.Equal(["LIST_PRICE", "LIMITED_TIME_PRICE", "COUPON"], line.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.NotNull(line.GetProperty("saleEndsAt").GetString());
        Assert.Empty(ordered.PayloadErrors());
        Assert.Equal(total, ordered.GetProperty("order").GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Equal(["月卡", "年卡"], plans);
        Assert.True(listedCoupons.Count >= 3, $"Only {listedCoupons.Count} coupons are listed.");
    }

    /// <summary>Logs <paramref name="openId"/> in through the simulator and the login mutation; the client sends its token.</summary>
    private async Task<HttpClient> SignedInClientAsync(string openId)
    {
        var (_, code) = await app.WeChat.LoginCodeAsync(openId);
        var login = (await app.Client.QueryAsync(FunctionalTest.LoginMutation, new { code })).GetProperty("login");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }
}
