using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Sales;

/// <summary>Sales through the real endpoint with real tokens: who may set them, their typed errors, and what buyers see.</summary>
public abstract class SaleApiTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string ScheduleMutation = """
        mutation($input: ScheduleSaleInput!) {
          scheduleSale(input: $input) { sale { id price endsAt stock sold course { title } } errors { __typename ... on Error { code } } }
        }
        """;

    private const string UpdateMutation = """
        mutation($input: UpdateSaleInput!) { updateSale(input: $input) { sale { price } errors { __typename ... on Error { code } } } }
        """;

    private const string EndMutation = """
        mutation($id: ID!) { endSale(input: { saleId: $id }) { sale { endedEarlyAt } errors { __typename ... on Error { code } } } }
        """;

    private const string ActiveSaleQuery = """
        query($id: ID!) { node(id: $id) { ... on Course { price activeSale { kind title price endsAt stockLeft } } } }
        """;

    private readonly DateTimeOffset _later = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds());

    [Fact]
    public async Task ACreatorSchedulesASaleOfTheirCourseAndEveryoneSeesItWithItsEnd()
    {
        var (creator, courseId) = await CreatorWithCourseAsync("o_alice");
        var endsAt = DateTimeOffset.UtcNow.AddDays(2);

        var scheduled = (await creator.Client.QueryAsync(ScheduleMutation, new { input = Input(courseId, 2900, endsAt) })).GetProperty("scheduleSale");
        var seen = (await Client.QueryAsync(ActiveSaleQuery, new { id = courseId })).GetProperty("node").GetProperty("activeSale");

        Assert.Empty(scheduled.PayloadErrors());
        Assert.Equal("A course", scheduled.GetProperty("sale").GetProperty("course").GetProperty("title").GetString());
        Assert.Equal(("LIMITED_TIME_PRICE", 2900L), (seen.GetProperty("kind").GetString(), seen.GetProperty("price").GetInt64()));
        Assert.Equal(endsAt.ToUnixTimeSeconds(), seen.GetProperty("endsAt").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("stockLeft").ValueKind);
    }

    [Fact]
    public async Task AFlashSaleShowsItsStockLeftUntilItIsEnded()
    {
        var (creator, courseId) = await CreatorWithCourseAsync("o_alice");
        var input = Input(courseId, 990, DateTimeOffset.UtcNow.AddHours(3), kind: "FLASH_SALE", stock: 100, perUserLimit: 1);
        var sale = (await creator.Client.QueryAsync(ScheduleMutation, new { input })).GetProperty("scheduleSale").GetProperty("sale");

        var before = (await Client.QueryAsync(ActiveSaleQuery, new { id = courseId })).GetProperty("node").GetProperty("activeSale");
        var ended = (await creator.Client.QueryAsync(EndMutation, new { id = sale.GetProperty("id").GetString() })).GetProperty("endSale");
        var after = (await Client.QueryAsync(ActiveSaleQuery, new { id = courseId })).GetProperty("node").GetProperty("activeSale");

        Assert.Equal(100, before.GetProperty("stockLeft").GetInt32());
        Assert.Empty(ended.PayloadErrors());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.ValueKind);
    }

    [Fact]
    public async Task APriceNotBelowTheListPriceIsATypedErrorAndSavesNothing()
    {
        var (creator, courseId) = await CreatorWithCourseAsync("o_alice");

        var payload = (await creator.Client.QueryAsync(ScheduleMutation, new { input = Input(courseId, 4900, DateTimeOffset.UtcNow.AddDays(1)) }))
            .GetProperty("scheduleSale");

        Assert.Equal([("SalePriceNotBelowListError", "SALE_PRICE_NOT_BELOW_LIST")], payload.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Sales.CountAsync()));
    }

    [Fact]
    public async Task ACreatorsSalePriceBelowTheFloorAnAdminSetIsATypedErrorAndSavesNothing()
    {
        var (creator, courseId) = await CreatorWithCourseAsync("o_alice");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var guarded = (await admin.Client.QueryAsync(
            "mutation($input: SetCourseGuardrailsInput!) { setCourseGuardrails(input: $input) { errors { __typename } } }",
            new { input = new { courseId, guardrails = new { floorFen = 2900, maxDiscountPercent = 50, salePriceStacksWithMemberPrice = false } } }))
            .GetProperty("setCourseGuardrails");

        var payload = (await creator.Client.QueryAsync(ScheduleMutation, new { input = Input(courseId, 2000, DateTimeOffset.UtcNow.AddDays(1)) }))
            .GetProperty("scheduleSale");

        Assert.Empty(guarded.PayloadErrors());
        Assert.Equal([("SalePriceBeyondGuardrailsError", "SALE_PRICE_BEYOND_GUARDRAILS")], payload.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Sales.CountAsync()));
    }

    [Fact]
    public async Task AnAnonymousCallerCannotScheduleASale()
    {
        var (_, courseId) = await CreatorWithCourseAsync("o_alice");

        var response = await Client.PostGraphQLAsync(ScheduleMutation, new { input = Input(courseId, 2900, DateTimeOffset.UtcNow.AddDays(1)) });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.Sales.CountAsync()));
    }

    [Fact]
    public async Task ALearnerCannotScheduleUpdateEndOrListSales()
    {
        var (creator, courseId) = await CreatorWithCourseAsync("o_alice");
        var saleId = await ScheduleAsync(creator, courseId);
        var learner = await SignInAsync("o_learner");

        var schedule = await learner.Client.PostGraphQLAsync(ScheduleMutation, new { input = Input(courseId, 2900, DateTimeOffset.UtcNow.AddDays(1)) });
        var update = await learner.Client.PostGraphQLAsync(UpdateMutation, new { input = UpdateInput(saleId, 1900) });
        var end = await learner.Client.PostGraphQLAsync(EndMutation, new { id = saleId });
        var list = await learner.Client.PostGraphQLAsync("{ sales { nodes { id } } }");

        Assert.All([schedule, update, end, list], response => Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes));
        Assert.Equal(2900, await App.ReadAsync(db => db.Sales.Select(s => s.PriceFen).SingleAsync()));
    }

    [Fact]
    public async Task ACreatorCannotTouchSalesOfAnotherCreatorsCourseNorListSales()
    {
        var (alice, courseId) = await CreatorWithCourseAsync("o_alice");
        var saleId = await ScheduleAsync(alice, courseId);
        var (bob, _) = await CreatorWithCourseAsync("o_bob");

        var schedule = await bob.Client.PostGraphQLAsync(ScheduleMutation, new { input = Input(courseId, 1900, DateTimeOffset.UtcNow.AddDays(1)) });
        var update = await bob.Client.PostGraphQLAsync(UpdateMutation, new { input = UpdateInput(saleId, 1900) });
        var end = await bob.Client.PostGraphQLAsync(EndMutation, new { id = saleId });
        var list = await bob.Client.PostGraphQLAsync("{ sales { nodes { id } } }");

        Assert.All([schedule, update, end, list], response => Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes));
        Assert.Equal(1, await App.ReadAsync(db => db.Sales.CountAsync()));
    }

    [Fact]
    public async Task AnAdminListsChangesAndEndsAnySale()
    {
        var (creator, courseId) = await CreatorWithCourseAsync("o_alice");
        var saleId = await ScheduleAsync(creator, courseId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var list = await admin.Client.QueryAsync("{ sales(first: 5) { nodes { id title price } } }");
        var update = (await admin.Client.QueryAsync(UpdateMutation, new { input = UpdateInput(saleId, 1900) })).GetProperty("updateSale");
        var end = (await admin.Client.QueryAsync(EndMutation, new { id = saleId })).GetProperty("endSale");
        var again = (await admin.Client.QueryAsync(EndMutation, new { id = saleId })).GetProperty("endSale");

        Assert.Equal(saleId, Assert.Single(list.Nodes("sales")).GetProperty("id").GetString());
        Assert.Equal(1900, update.GetProperty("sale").GetProperty("price").GetInt64());
        Assert.Empty(end.PayloadErrors());
        Assert.Equal([("SaleEndedError", "SALE_ENDED")], again.PayloadErrors());
        Assert.Equal(
            ["SaleScheduled", "SaleChanged", "SaleEndedEarly"],
            await App.ReadAsync(db => db.AuditEntries.Where(e => e.EntityType == "Sale").OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    /// <summary>The admin makes <paramref name="openId"/>'s user a creator, who signs in again; their published course is at 49.00.</summary>
    private async Task<(Session Creator, string CourseId)> CreatorWithCourseAsync(string openId)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var creatorId = GlobalId.Decode(await CreateCreatorAsync(admin, (await SignInAsync(openId)).UserId, openId)).Id;
        var creator = await App.ReadAsync(db => db.Creators.AsNoTracking().SingleAsync(c => c.Id == creatorId));
        var category = ACategory();
        var course = ACourse().By(creator).In(category).Titled("A course").PricedAt(4900).Published().Build();
        await App.AddAsync(category, course);
        return (await SignInAsync(openId), GlobalId.Encode("Course", course.Id));
    }

    /// <summary>A limited-time price at 29.00 starting in an hour (so its start may still change).</summary>
    private async Task<string> ScheduleAsync(Session creator, string courseId)
    {
        var payload = (await creator.Client.QueryAsync(ScheduleMutation, new { input = Input(courseId, 2900, _later.AddDays(1), _later) }))
            .GetProperty("scheduleSale");
        Assert.Empty(payload.PayloadErrors());
        return payload.GetProperty("sale").GetProperty("id").GetString()!;
    }

    private object UpdateInput(string saleId, long price) =>
        new { saleId, title = "限时优惠", price, startsAt = _later, endsAt = _later.AddDays(1) };

    /// <summary>From <paramref name="startsAt"/> (a minute ago when null: running now) until <paramref name="endsAt"/>.</summary>
    private static object Input(
        string courseId, long price, DateTimeOffset endsAt, DateTimeOffset? startsAt = null, string kind = "LIMITED_TIME_PRICE",
        int? stock = null, int? perUserLimit = null) =>
        new { courseId, kind, title = "限时优惠", price, startsAt = startsAt ?? DateTimeOffset.UtcNow.AddMinutes(-1), endsAt, stock, perUserLimit };
}

[Collection(SqliteCollection.Name)]
public sealed class SaleApiTestsOnSqlite(SqliteApp app) : SaleApiTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class SaleApiTestsOnPostgreSql(PostgreSqlApp app) : SaleApiTests(app);
