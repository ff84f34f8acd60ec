using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;

namespace KnowledgePay.GraphQL.FunctionalTests.GroupBuying;

/// <summary>Group buying through the API as the mini program does it: an admin's deal, then createOrder with groupBuy → checkout → pay.</summary>
public abstract class GroupBuyTest(KnowledgePayApp app) : OrdersTest(app)
{
    public const long GroupPriceFen = 2900;

    protected const string Failure = "errors { __typename ... on Error { code message } }";

    protected const string GroupFields = "id dealId status size seatsTaken seatsLeft paidCount expiresAt members { nickname avatarUrl isLeader hasPaid }";

    protected static async Task<JsonElement> CreateDealAsync(Session admin, Guid courseId, int groupSize, long priceFen = GroupPriceFen, int fillHours = 24) =>
        (await admin.Client.QueryAsync(
            $"mutation($input: CreateGroupBuyDealInput!) {{ createGroupBuyDeal(input: $input) {{ deal {{ id groupSize price fillHours }} {Failure} }} }}",
            new
            {
                input = new
                {
                    courseId = GlobalId.Encode("Course", courseId),
                    groupSize,
                    priceFen,
                    fillHours,
                    startsAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                    endsAt = DateTimeOffset.UtcNow.AddDays(7),
                },
            })).GetProperty("createGroupBuyDeal");

    /// <summary>A running deal on a new paid course (4900 fen list price) for groups of <paramref name="groupSize"/>.</summary>
    protected async Task<(Course Course, string DealId)> DealAsync(int groupSize)
    {
        var course = await AddPaidCourseAsync();
        var deal = await CreateDealAsync(await AdminAsync(), course.Id, groupSize);
        Assert.Empty(deal.PayloadErrors());
        return (course, deal.GetProperty("deal").GetProperty("id").GetString()!);
    }

    /// <summary>Places a group order: a new group without <paramref name="groupId"/>, else a seat in that group.</summary>
    protected static async Task<JsonElement> JoinAsync(Session buyer, Guid courseId, string dealId, string? groupId = null) =>
        (await buyer.Client.QueryAsync(
            $"mutation($input: CreateOrderInput!) {{ createOrder(input: $input) {{ order {{ id number status amount {{ fen }} lines {{ groupBuyId }} }} {Failure} }} }}",
            new
            {
                input = new
                {
                    lines = new[] { new { courseId = GlobalId.Encode("Course", courseId) } },
                    clientKey = $"key-{System.Guid.NewGuid():N}",
                    groupBuy = new { dealId, groupId },
                },
            })).GetProperty("createOrder");

    /// <summary>Joins (or opens) and returns the order, checked out with WeChat Pay but not paid.</summary>
    protected static async Task<JsonElement> ReservedAsync(Session buyer, Guid courseId, string dealId, string? groupId = null)
    {
        var placed = await JoinAsync(buyer, courseId, dealId, groupId);
        Assert.Empty(placed.PayloadErrors());
        var order = placed.GetProperty("order");
        Assert.Empty((await CheckoutAsync(buyer, Id(order))).PayloadErrors());
        return order;
    }

    /// <summary>Joins (or opens) and pays through the simulator; returns the paid order.</summary>
    protected async Task<JsonElement> PaidMemberAsync(Session buyer, Guid courseId, string dealId, string? groupId = null)
    {
        var order = await ReservedAsync(buyer, courseId, dealId, groupId);
        await PayAsync(buyer, order);
        return order;
    }

    protected async Task PayAsync(Session buyer, JsonElement order)
    {
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
    }

    protected static string GroupId(JsonElement order) =>
        order.GetProperty("lines").EnumerateArray().Single().GetProperty("groupBuyId").GetString()!;

    protected async Task<JsonElement> GroupAsync(string groupId) =>
        (await App.Client.QueryAsync($"query($id: ID!) {{ groupBuy(id: $id) {{ {GroupFields} }} }}", new { id = groupId })).GetProperty("groupBuy");

    protected static Guid Decode(string globalId) => GlobalId.Decode(globalId).Id;
}
