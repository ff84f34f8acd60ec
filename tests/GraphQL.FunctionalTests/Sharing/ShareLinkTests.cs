using System.Net;
using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Sharing;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Sharing;

/// <summary>
/// Share links through the API: one share per sharer and course, visits recorded once per visitor (the first raising
/// SharedLinkOpenedEvent, seen in the audit log every raised event lands in), the funnel after purchases, and the
/// poster's 小程序码 drawn once by the simulator.
/// </summary>
public abstract class ShareLinkTests(KnowledgePayApp app) : OrdersTest(app)
{
    private const string Failure = "errors { __typename ... on Error { code } }";
    private const string ShareFields = "id scene path posterImageUrl createdAt course { id title } funnel { visits visitors buyers conversion }";
    private const string OpenedEvents = "SharedLinkOpened";

    [Fact]
    public async Task AUserGetsTheSameShareEachTimeTheyShareACourse()
    {
        var course = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");
        var other = await SignInAsync("o_other_sharer");

        var first = await ShareAsync(sharer, course.Id);
        var again = await ShareAsync(sharer, course.Id);
        var theirs = await ShareAsync(other, course.Id);

        var share = first.GetProperty("share");
        var scene = share.GetProperty("scene").GetString()!;
        Assert.Empty(first.PayloadErrors());
        Assert.Equal(share.GetProperty("id").GetString(), again.GetProperty("share").GetProperty("id").GetString());
        Assert.Equal(scene, again.GetProperty("share").GetProperty("scene").GetString());
        Assert.NotEqual(scene, theirs.GetProperty("share").GetProperty("scene").GetString());
        Assert.Matches("^[0-9A-Za-z]{16}$", scene);
        var courseId = GlobalId.Encode("Course", course.Id);
        Assert.Equal($"pages/course/detail?id={Uri.EscapeDataString(courseId)}&scene={scene}", share.GetProperty("path").GetString());
        Assert.Equal($"/share/{scene}/code.png", share.GetProperty("posterImageUrl").GetString());
        Assert.Equal(courseId, share.GetProperty("course").GetProperty("id").GetString());
        Assert.Equal(0, share.GetProperty("funnel").GetProperty("visits").GetInt32());
        Assert.Equal(2, await App.ReadAsync(db => db.Shares.CountAsync()));
    }

    [Fact]
    public async Task ManyFirstSharesAtOnceMakeOneShare()
    {
        var course = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ShareAsync(sharer, course.Id)));

        Assert.All(results, r => Assert.Empty(r.PayloadErrors()));
        Assert.Single(results.Select(r => r.GetProperty("share").GetProperty("scene").GetString()).Distinct());
        Assert.Equal(1, await App.ReadAsync(db => db.Shares.CountAsync()));
    }

    [Fact]
    public async Task OnlyAPublishedCourseCanBeSharedAndOnlyBySignedInUsers()
    {
        var creator = ACreator();
        var category = ACategory();
        var draft = ACourse().By(creator).In(category).Build();
        await App.AddAsync(creator, category, draft);
        var course = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");

        var unpublished = await ShareAsync(sharer, draft.Id);
        var unknown = await ShareAsync(sharer, Guid.NewGuid());
        var anonymous = await Client.PostGraphQLAsync(
            $"mutation($input: ShareLinkInput!) {{ shareLink(input: $input) {{ share {{ id }} {Failure} }} }}",
            new { input = new { courseId = GlobalId.Encode("Course", course.Id) } });

        Assert.Equal([("ShareCourseNotPublishedError", SharingErrors.CourseNotPublishedCode)], unpublished.PayloadErrors());
        Assert.Equal([("NotFoundError", "NOT_FOUND")], unknown.PayloadErrors());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.Shares.CountAsync()));
    }

    [Fact]
    public async Task AVisitorIsRecordedOnceWithACountAndRaisesTheOpenedEventOnlyTheFirstTime()
    {
        var course = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");
        var scene = await SceneAsync(sharer, course.Id);
        var visitor = await SignInAsync("o_visitor");
        var second = await SignInAsync("o_second_visitor");

        var opened = new[] { await OpenAsync(visitor, scene), await OpenAsync(visitor, scene), await OpenAsync(visitor, scene) };
        await OpenAsync(second, scene);

        Assert.All(opened, o => Assert.Empty(o.PayloadErrors()));
        Assert.Equal([true, false, false], opened.Select(o => o.GetProperty("openedShare").GetProperty("firstVisit").GetBoolean()));
        Assert.Equal(GlobalId.Encode("Course", course.Id), opened[2].GetProperty("openedShare").GetProperty("courseId").GetString());
        var visits = await App.ReadAsync(db => db.ShareVisits.AsNoTracking().OrderBy(v => v.OpenCount).ToListAsync());
        Assert.Equal([1, 3], visits.Select(v => v.OpenCount));
        var visit = visits[1];
        Assert.Equal(UserIdOf(visitor), visit.VisitorId);
        Assert.True(visit.LastOpenedAt > visit.FirstOpenedAt);
        var events = await OpenedEventsAsync();
        Assert.Equal(2, events.Count);
        var first = JsonDocument.Parse(events.Single(e => e.Contains(UserIdOf(visitor).ToString(), StringComparison.Ordinal))).RootElement;
        Assert.Equal(UserIdOf(sharer), first.GetProperty("sharerId").GetGuid());
        Assert.Equal(course.Id, first.GetProperty("courseId").GetGuid());
    }

    [Fact]
    public async Task ConcurrentOpeningsByOneVisitorAreAllCountedAndRaiseOneEvent()
    {
        var course = await AddPaidCourseAsync();
        var scene = await SceneAsync(await SignInAsync("o_sharer"), course.Id);
        var visitor = await SignInAsync("o_visitor");

        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => OpenAsync(visitor, scene)));

        Assert.All(opened, o => Assert.Empty(o.PayloadErrors()));
        Assert.Single(opened, o => o.GetProperty("openedShare").GetProperty("firstVisit").GetBoolean());
        Assert.Equal(6, (await App.ReadAsync(db => db.ShareVisits.AsNoTracking().SingleAsync())).OpenCount);
        Assert.Single(await OpenedEventsAsync());
    }

    [Fact]
    public async Task TheSharerOpeningTheirOwnShareSeesTheCourseAndRecordsNothing()
    {
        var course = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");
        var scene = await SceneAsync(sharer, course.Id);

        var opened = await OpenAsync(sharer, scene);

        Assert.Empty(opened.PayloadErrors());
        Assert.Equal(GlobalId.Encode("Course", course.Id), opened.GetProperty("openedShare").GetProperty("course").GetProperty("id").GetString());
        Assert.False(opened.GetProperty("openedShare").GetProperty("firstVisit").GetBoolean());
        Assert.Equal(0, await App.ReadAsync(db => db.ShareVisits.CountAsync()));
        Assert.Empty(await OpenedEventsAsync());
    }

    [Fact]
    public async Task AnUnknownSceneIsATypedErrorAndAnonymousCallersMustSignInFirst()
    {
        var course = await AddPaidCourseAsync();
        var scene = await SceneAsync(await SignInAsync("o_sharer"), course.Id);
        var visitor = await SignInAsync("o_visitor");

        var unknown = await OpenAsync(visitor, "0000000000000000");
        var anonymous = await Client.PostGraphQLAsync(
            $"mutation($input: OpenSharedLinkInput!) {{ openSharedLink(input: $input) {{ openedShare {{ courseId }} {Failure} }} }}",
            new { input = new { scene } });

        Assert.Equal([("ShareNotFoundError", SharingErrors.NotFoundCode)], unknown.PayloadErrors());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.ShareVisits.CountAsync()));
        Assert.Empty(await OpenedEventsAsync());
    }

    [Fact]
    public async Task TheFunnelCountsVisitorsWhoBoughtAfterTheirFirstVisit()
    {
        var (creator, course) = await CreatorWithCourseAsync("o_creator");
        var sharer = await SignInAsync("o_sharer");
        var scene = await SceneAsync(sharer, course.Id);
        var buyer = await SignInAsync("o_buyer");
        var laterBuyer = await SignInAsync("o_later_buyer");
        var browser = await SignInAsync("o_browser");
        var earlyBuyer = await SignInAsync("o_early_buyer");
        await BuyAsync(earlyBuyer, course.Id);
        await OpenAsync(buyer, scene);
        await OpenAsync(buyer, scene);
        await OpenAsync(laterBuyer, scene);
        await OpenAsync(browser, scene);
        await OpenAsync(earlyBuyer, scene);

        await BuyAsync(buyer, course.Id);
        await BuyAsync(laterBuyer, course.Id);

        var mine = (await sharer.Client.QueryAsync($"{{ myShares {{ totalCount nodes {{ {ShareFields} }} }} }}")).GetProperty("myShares");
        var funnel = Assert.Single(mine.GetProperty("nodes").EnumerateArray()).GetProperty("funnel");
        AssertFunnel(funnel, visits: 5, visitors: 4, buyers: 2);
        Assert.Equal(1, mine.GetProperty("totalCount").GetInt32());
        var admin = await AdminAsync();
        var all = await StatsAsync(admin, null);
        Assert.Equal(1, all.GetProperty("shares").GetInt32());
        AssertFunnel(all, visits: 5, visitors: 4, buyers: 2);
        AssertFunnel(await StatsAsync(creator, course.Id), visits: 5, visitors: 4, buyers: 2);
        AssertFunnel(await StatsAsync(creator, null), visits: 5, visitors: 4, buyers: 2);
    }

    [Fact]
    public async Task AVisitorOfTwoSharesOfACourseCountsOnceInItsStatistics()
    {
        var course = await AddPaidCourseAsync();
        var firstScene = await SceneAsync(await SignInAsync("o_sharer"), course.Id);
        var secondScene = await SceneAsync(await SignInAsync("o_second_sharer"), course.Id);
        var visitor = await SignInAsync("o_visitor");
        await OpenAsync(visitor, firstScene);
        await OpenAsync(visitor, secondScene);

        await BuyAsync(visitor, course.Id);

        var stats = await StatsAsync(await AdminAsync(), course.Id);
        Assert.Equal(2, stats.GetProperty("shares").GetInt32());
        AssertFunnel(stats, visits: 2, visitors: 1, buyers: 1);
    }

    [Fact]
    public async Task ShareStatsAreForAdminsAndTheCoursesOwnCreatorOnly()
    {
        var (owner, course) = await CreatorWithCourseAsync("o_owner");
        var (otherCreator, _) = await CreatorWithCourseAsync("o_other_creator");
        var scene = await SceneAsync(await SignInAsync("o_sharer"), course.Id);
        await OpenAsync(await SignInAsync("o_visitor"), scene);
        var learner = await SignInAsync("o_learner");
        const string Query = "query($courseId: ID) { shareStats(courseId: $courseId) { shares visits } }";
        var courseId = GlobalId.Encode("Course", course.Id);

        var ownerView = await owner.Client.PostGraphQLAsync(Query, new { courseId });
        var othersCourse = await otherCreator.Client.PostGraphQLAsync(Query, new { courseId });
        var othersOwn = await otherCreator.Client.PostGraphQLAsync(Query, new { courseId = (string?)null });
        var learnerView = await learner.Client.PostGraphQLAsync(Query, new { courseId });
        var anonymous = await Client.PostGraphQLAsync(Query, new { courseId });
        var unknown = await (await AdminAsync()).Client.PostGraphQLAsync(Query, new { courseId = GlobalId.Encode("Course", Guid.NewGuid()) });

        Assert.Equal(1, ownerView.Data.GetProperty("shareStats").GetProperty("visits").GetInt32());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], othersCourse.ErrorCodes);
        Assert.Equal(0, othersOwn.Data.GetProperty("shareStats").GetProperty("shares").GetInt32());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], learnerView.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, unknown.Data.GetProperty("shareStats").ValueKind);
    }

    [Fact]
    public async Task MySharesListsOnlyTheCallersSharesNewestFirst()
    {
        var first = await AddPaidCourseAsync();
        var second = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");
        await SceneAsync(sharer, first.Id);
        await SceneAsync(sharer, second.Id);
        var stranger = await SignInAsync("o_stranger");

        var page = (await sharer.Client.QueryAsync("{ myShares(first: 1) { pageInfo { hasNextPage endCursor } nodes { course { id } } } }"))
            .GetProperty("myShares");
        var next = (await sharer.Client.QueryAsync(
            "query($after: String) { myShares(first: 1, after: $after) { nodes { course { id } } } }",
            new { after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Nodes("myShares");
        var theirs = (await stranger.Client.QueryAsync("{ myShares { nodes { id } } }")).Nodes("myShares");
        var anonymous = await Client.PostGraphQLAsync("{ myShares { nodes { id } } }");

        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(
            GlobalId.Encode("Course", second.Id),
            Assert.Single(page.GetProperty("nodes").EnumerateArray()).GetProperty("course").GetProperty("id").GetString());
        Assert.Equal(GlobalId.Encode("Course", first.Id), Assert.Single(next).GetProperty("course").GetProperty("id").GetString());
        Assert.Empty(theirs);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task ThePostersCodeIsDrawnOnceAndServedFromTheServer()
    {
        var course = await AddPaidCourseAsync();
        var share = (await ShareAsync(await SignInAsync("o_sharer"), course.Id)).GetProperty("share");
        var url = share.GetProperty("posterImageUrl").GetString()!;

        using var first = await Client.GetAsync(url);
        using var second = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var image = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(image, await second.Content.ReadAsByteArrayAsync());
        var drawn = Assert.Single(await App.WeChat.MiniProgramCodesAsync());
        Assert.Equal(share.GetProperty("scene").GetString(), drawn.GetProperty("scene").GetString());
        Assert.Equal("pages/course/detail", drawn.GetProperty("page").GetString());
        Assert.Equal(image.Length, drawn.GetProperty("bytes").GetInt32());
        Assert.Equal(1, await App.ReadAsync(db => db.ShareCodeImages.CountAsync()));
    }

    [Fact]
    public async Task APosterAsksAgainLaterWhenWeChatCannotDrawItAndAnUnknownSceneHasNone()
    {
        var course = await AddPaidCourseAsync();
        var url = (await ShareAsync(await SignInAsync("o_sharer"), course.Id)).GetProperty("share").GetProperty("posterImageUrl").GetString()!;
        await App.WeChat.ArmFaultAsync("getUnlimitedQRCode", -1);

        using var busy = await Client.GetAsync(url);
        using var later = await Client.GetAsync(url);
        using var unknown = await Client.GetAsync("/share/0000000000000000/code.png");
        using var malformed = await Client.GetAsync($"/share/{new string('a', 40)}/code.png");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Single(await App.WeChat.MiniProgramCodesAsync());
    }

    private static void AssertFunnel(JsonElement funnel, int visits, int visitors, int buyers)
    {
        Assert.Equal(visits, funnel.GetProperty("visits").GetInt32());
        Assert.Equal(visitors, funnel.GetProperty("visitors").GetInt32());
        Assert.Equal(buyers, funnel.GetProperty("buyers").GetInt32());
        Assert.Equal((double)buyers / visitors, funnel.GetProperty("conversion").GetDouble(), 6);
    }

    private static async Task<JsonElement> ShareAsync(Session sharer, Guid courseId) =>
        (await sharer.Client.QueryAsync(
            $"mutation($input: ShareLinkInput!) {{ shareLink(input: $input) {{ share {{ {ShareFields} }} {Failure} }} }}",
            new { input = new { courseId = GlobalId.Encode("Course", courseId) } })).GetProperty("shareLink");

    private static async Task<string> SceneAsync(Session sharer, Guid courseId)
    {
        var shared = await ShareAsync(sharer, courseId);
        Assert.Empty(shared.PayloadErrors());
        return shared.GetProperty("share").GetProperty("scene").GetString()!;
    }

    private static async Task<JsonElement> OpenAsync(Session visitor, string scene) =>
        (await visitor.Client.QueryAsync(
            $"mutation($input: OpenSharedLinkInput!) {{ openSharedLink(input: $input) {{ openedShare {{ shareId courseId firstVisit course {{ id }} }} {Failure} }} }}",
            new { input = new { scene } })).GetProperty("openSharedLink");

    private static async Task<JsonElement> StatsAsync(Session viewer, Guid? courseId) =>
        (await viewer.Client.QueryAsync(
            "query($courseId: ID) { shareStats(courseId: $courseId) { shares visits visitors buyers conversion } }",
            new { courseId = courseId is { } id ? GlobalId.Encode("Course", id) : null })).GetProperty("shareStats");

    /// <summary>Buys the course as the mini program does and waits for WeChat Pay's notification to settle it.</summary>
    private async Task BuyAsync(Session buyer, Guid courseId)
    {
        var order = await CheckedOutOrderAsync(buyer, courseId);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
    }

    /// <summary>The admin makes <paramref name="openId"/>'s user a creator, who signs in again; their published course is on sale.</summary>
    private async Task<(Session Creator, Course Course)> CreatorWithCourseAsync(string openId)
    {
        var admin = await AdminAsync();
        var creatorId = GlobalId.Decode(await CreateCreatorAsync(admin, (await SignInAsync(openId)).UserId, openId)).Id;
        var course = await AddPaidCourseAsync(creatorId: creatorId);
        return (await SignInAsync(openId), course);
    }

    private Task<List<string>> OpenedEventsAsync() =>
        App.ReadAsync(db => db.AuditEntries.Where(e => e.Action == OpenedEvents).Select(e => e.Changes).ToListAsync());

    private static Guid UserIdOf(Session session) => GlobalId.Decode(session.UserId).Id;
}

[Collection(SqliteCollection.Name)]
public sealed class ShareLinkTestsOnSqlite(SqliteApp app) : ShareLinkTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ShareLinkTestsOnPostgreSql(PostgreSqlApp app) : ShareLinkTests(app);
