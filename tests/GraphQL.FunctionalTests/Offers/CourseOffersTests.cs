using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Offers;

/// <summary>What the catalogue shows anyone: a course's offers and the membership plans on sale.</summary>
public abstract class CourseOffersTests(KnowledgePayApp app) : OffersTest(app)
{
    private const string CourseOffersQuery = """
        query($id: ID!) { course(id: $id) { offers { id kind title listPrice { fen yuan } courses { id } membershipDays memberDiscountPercent isSeries } } }
        """;

    [Fact]
    public async Task ListsTheCourseItselfTheBundlesOnSaleHoldingItAndThePlansCoveringIt()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900, 19900);
        var (go, rust, sql) = (courses[0], courses[1], courses[2]);
        var series = Offer.Bundle("专栏", null, Money.Fen(9900), [go.Id, rust.Id], true, PriceGuardrails.None, null, Epoch);
        var withdrawn = Offer.Bundle("下架", null, Money.Fen(9900), [go.Id, rust.Id], false, PriceGuardrails.None, null, Epoch);
        withdrawn.Withdraw();
        var elsewhere = Offer.Bundle("无关", null, Money.Fen(9900), [rust.Id, sql.Id], false, PriceGuardrails.None, null, Epoch);
        var monthly = Offer.MembershipPlan("月卡", null, Money.Fen(6800), 30, [], 0, PriceGuardrails.None, Epoch);
        var chosen = Offer.MembershipPlan("年卡", null, Money.Fen(39900), 365, [sql.Id], 20, PriceGuardrails.None, Epoch);
        await App.AddAsync(series, withdrawn, elsewhere, monthly, chosen);

        var offers = (await Client.QueryAsync(CourseOffersQuery, new { id = CourseId(go) })).GetProperty("course").GetProperty("offers");

        Assert.Equal(
            [(CourseId(go), "COURSE", 4900L), (GlobalId.Encode("Offer", series.Id), "BUNDLE", 9900L), (GlobalId.Encode("Offer", monthly.Id), "MEMBERSHIP", 6800L)],
            offers.EnumerateArray().Select(o => (o.GetProperty("id").GetString(), o.GetProperty("kind").GetString(),
                o.GetProperty("listPrice").GetProperty("fen").GetInt64())));
        Assert.Equal([CourseId(go)], offers[0].GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal([CourseId(go), CourseId(rust)], offers[1].GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.True(offers[1].GetProperty("isSeries").GetBoolean());
        Assert.Equal(30, offers[2].GetProperty("membershipDays").GetInt32());
    }

    [Fact]
    public async Task LoadsTheOffersOfEveryListedCourseInOneBatch()
    {
        var courses = await PublishedCoursesAsync(null, 4900, 9900, 19900, 29900);
        await App.AddAsync(
            Offer.Bundle("A", null, Money.Fen(9900), [courses[0].Id, courses[1].Id], false, PriceGuardrails.None, null, Epoch),
            Offer.Bundle("B", null, Money.Fen(9900), [courses[2].Id, courses[3].Id], false, PriceGuardrails.None, null, Epoch));
        App.SqlCommands.Reset();

        var listed = (await Client.QueryAsync("{ courses { nodes { id offers { kind courses { id } } } } }")).Nodes("courses");

        Assert.All(listed, c => Assert.Equal(2, c.GetProperty("offers").GetArrayLength()));
        Assert.InRange(App.SqlCommands.Count, 1, 6);
    }

    [Fact]
    public async Task ListsThePlansOnSaleShortestFirstToAnAnonymousCaller()
    {
        var courses = await PublishedCoursesAsync(null, 4900);
        var yearly = Offer.MembershipPlan("年卡", null, Money.Fen(39900), 365, [courses[0].Id], 20, PriceGuardrails.None, Epoch);
        var monthly = Offer.MembershipPlan("月卡", null, Money.Fen(6800), 30, [], 0, PriceGuardrails.None, Epoch);
        var withdrawn = Offer.MembershipPlan("季卡", null, Money.Fen(16800), 90, [], 0, PriceGuardrails.None, Epoch);
        withdrawn.Withdraw();
        await App.AddAsync(yearly, monthly, withdrawn);

        var plans = (await Client.QueryAsync(
                "{ membershipPlans { title listPrice { fen } membershipDays coversAllCourses memberDiscountPercent courses { id } } }"))
            .GetProperty("membershipPlans");

        Assert.Equal(
            [("月卡", 6800L, 30, true, 0, 0), ("年卡", 39900L, 365, false, 20, 1)],
            plans.EnumerateArray().Select(p => (p.GetProperty("title").GetString(), p.GetProperty("listPrice").GetProperty("fen").GetInt64(),
                p.GetProperty("membershipDays").GetInt32(), p.GetProperty("coversAllCourses").GetBoolean(),
                p.GetProperty("memberDiscountPercent").GetInt32(), p.GetProperty("courses").GetArrayLength())));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CourseOffersTestsOnSqlite(SqliteApp app) : CourseOffersTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseOffersTestsOnPostgreSql(PostgreSqlApp app) : CourseOffersTests(app);
