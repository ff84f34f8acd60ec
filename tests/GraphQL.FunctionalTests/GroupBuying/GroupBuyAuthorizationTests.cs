using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.GroupBuying;

/// <summary>Who may do what: admins set deals, anyone sees deals and groups, signed-in learners see only their own seats.</summary>
public abstract class GroupBuyAuthorizationTests(KnowledgePayApp app) : GroupBuyTest(app)
{
    [Fact]
    public async Task OnlyAdminsCreateDeals()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_learner");

        var byLearner = await learner.Client.PostGraphQLAsync(CreateDealMutation, DealInput(course.Id));
        var byAnonymous = await App.Client.PostGraphQLAsync(CreateDealMutation, DealInput(course.Id));

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byLearner.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], byAnonymous.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.GroupBuyDeals.CountAsync()));
    }

    [Fact]
    public async Task OnlyAdminsEndDeals()
    {
        var (_, dealId) = await DealAsync(groupSize: 2);
        var learner = await SignInAsync("o_learner");
        const string End = "mutation($input: EndGroupBuyDealInput!) { endGroupBuyDeal(input: $input) { deal { id } errors { __typename } } }";

        var byLearner = await learner.Client.PostGraphQLAsync(End, new { input = new { dealId } });
        var byAnonymous = await App.Client.PostGraphQLAsync(End, new { input = new { dealId } });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byLearner.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], byAnonymous.ErrorCodes);
        Assert.Null(await App.ReadAsync(db => db.GroupBuyDeals.Select(d => d.EndedEarlyAt).SingleAsync()));
    }

    [Fact]
    public async Task AnyoneSeesDealsTheirOpenGroupsAndAGroupWithoutItsMembersIdentities()
    {
        var (course, dealId) = await DealAsync(groupSize: 3);
        var leader = await SignInAsync("o_leader");
        await leader.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { nickname = "小明同学", gender = "MALE", ageBand = "FROM_25_TO_34", city = "杭州", interestTagIds = Array.Empty<string>(), personalisationConsent = false } });
        var groupId = GroupId(await ReservedAsync(leader, course.Id, dealId));

        var deals = await App.Client.PostGraphQLAsync(
            "query($courseId: ID) { groupBuyDeals(courseId: $courseId) { id groupSize price openGroups { id seatsLeft } } }",
            new { courseId = GlobalId.Encode("Course", course.Id) });
        var group = await App.Client.PostGraphQLAsync(
            $"query($id: ID!) {{ groupBuy(id: $id) {{ {GroupFields} }} }}", new { id = groupId });

        Assert.Empty(deals.Errors);
        var deal = Assert.Single(deals.Data.GetProperty("groupBuyDeals").EnumerateArray());
        Assert.Equal(dealId, deal.GetProperty("id").GetString());
        var open = Assert.Single(deal.GetProperty("openGroups").EnumerateArray());
        Assert.Equal(groupId, open.GetProperty("id").GetString());
        Assert.Equal(2, open.GetProperty("seatsLeft").GetInt32());
        Assert.Empty(group.Errors);
        var member = Assert.Single(group.Data.GetProperty("groupBuy").GetProperty("members").EnumerateArray());
        Assert.Equal("小**", member.GetProperty("nickname").GetString());
        Assert.DoesNotContain(leader.UserId, group.Data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyGroupBuysListsOnlyTheCallersSeats()
    {
        var (course, dealId) = await DealAsync(groupSize: 3);
        var leader = await SignInAsync("o_leader");
        await ReservedAsync(leader, course.Id, dealId);
        var stranger = await SignInAsync("o_stranger");

        var mine = (await leader.Client.QueryAsync("{ myGroupBuys { nodes { status isLeader } } }")).Nodes("myGroupBuys");
        var theirs = (await stranger.Client.QueryAsync("{ myGroupBuys { nodes { status } } }")).Nodes("myGroupBuys");
        var anonymous = await App.Client.PostGraphQLAsync("{ myGroupBuys { nodes { status } } }");

        Assert.Equal("RESERVED", Assert.Single(mine).GetProperty("status").GetString());
        Assert.Empty(theirs);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task AnonymousCallersCannotJoin()
    {
        var (course, dealId) = await DealAsync(groupSize: 3);

        var joined = await App.Client.PostGraphQLAsync(
            "mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id } errors { __typename } } }",
            new { input = new { lines = new[] { new { courseId = GlobalId.Encode("Course", course.Id) } }, clientKey = "anonymous-key", groupBuy = new { dealId } } });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], joined.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.GroupBuys.CountAsync()));
    }

    private const string CreateDealMutation =
        "mutation($input: CreateGroupBuyDealInput!) { createGroupBuyDeal(input: $input) { deal { id } errors { __typename } } }";

    private static object DealInput(Guid courseId) => new
    {
        input = new
        {
            courseId = GlobalId.Encode("Course", courseId),
            groupSize = 3,
            priceFen = GroupPriceFen,
            fillHours = 24,
            startsAt = DateTimeOffset.UtcNow,
            endsAt = DateTimeOffset.UtcNow.AddDays(1),
        },
    };
}

[Collection(SqliteCollection.Name)]
public sealed class GroupBuyAuthorizationTestsOnSqlite(SqliteApp app) : GroupBuyAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class GroupBuyAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : GroupBuyAuthorizationTests(app);
