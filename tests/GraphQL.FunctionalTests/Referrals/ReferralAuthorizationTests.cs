using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Referrals;

/// <summary>A promoter sees only their own earnings; the admin fields are for admins; anonymous callers see nothing.</summary>
public abstract class ReferralAuthorizationTests(KnowledgePayApp app) : ReferralTest(app)
{
    private const string AdminQuery = "{ promoters { nodes { id earnings { pendingFen } commissions { nodes { amountFen } } } } }";

    [Fact]
    public async Task APromoterSeesTheirOwnEarningsAndNobodyElses()
    {
        var course = await AddPaidCourseAsync();
        var promoter = await SignInAsync("o_promoter");
        var other = await SignInAsync("o_other_promoter");
        var learner = await SignInAsync("o_learner");
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        await BindAsync(buyer, await PromoterCodeAsync(promoter));
        await PromoterCodeAsync(other);
        await BuyAsync(buyer, course.Id);

        var own = await MyPromoterAsync(promoter);
        var others = await MyPromoterAsync(other);
        var learners = (await learner.Client.QueryAsync("{ myPromoter { id } }")).GetProperty("myPromoter");
        var byAdmin = (await admin.Client.QueryAsync(AdminQuery)).Nodes("promoters");

        Assert.Equal(Level1Fen, Fen(own.GetProperty("earnings"), "pendingFen"));
        Assert.Equal(0, Fen(others.GetProperty("earnings"), "pendingFen"));
        Assert.Empty(others.GetProperty("commissions").GetProperty("nodes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, learners.ValueKind);
        var listed = Assert.Single(byAdmin, p => p.GetProperty("id").GetString() == own.GetProperty("id").GetString());
        Assert.Equal(Level1Fen, Assert.Single(listed.GetProperty("commissions").GetProperty("nodes").EnumerateArray()).GetProperty("amountFen").GetInt64());
    }

    [Theory]
    [InlineData(AdminQuery)]
    [InlineData("{ withdrawals { nodes { id } } }")]
    [InlineData("{ commissionBooks { balanced } }")]
    public async Task AdminFieldsAreRefusedToPromotersAndLearners(string query)
    {
        var promoter = await SignInAsync("o_promoter");
        await PromoterCodeAsync(promoter);

        var asPromoter = await promoter.Client.PostGraphQLAsync(query);
        var anonymous = await Client.PostGraphQLAsync(query);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asPromoter.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Theory]
    [InlineData("{ myPromoter { id } }")]
    [InlineData("{ myReferrals { nodes { nickname } } }")]
    [InlineData("mutation { applyAsPromoter { promoter { id } } }")]
    public async Task AnonymousCallersAreRefused(string query)
    {
        await SignInAsync("o_someone");

        var anonymous = await Client.PostGraphQLAsync(query);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task OnlyAdminsReviewPromotersWithdrawalsAndRates()
    {
        var promoter = await SignInAsync("o_promoter");
        var promoterId = (await ApplyAsync(promoter)).GetProperty("promoter").GetProperty("id").GetString();

        var suspend = await promoter.Client.PostGraphQLAsync(
            "mutation($input: SuspendPromoterInput!) { suspendPromoter(input: $input) { promoter { status } } }", new { input = new { promoterId } });
        var rates = await promoter.Client.PostGraphQLAsync(
            "mutation($input: SetCommissionRatesInput!) { setCommissionRates(input: $input) { rates { level1Bp } } }",
            new { input = new { courseId = KnowledgePay.GraphQL.Conventions.Ids.GlobalId.Encode("Course", Guid.NewGuid()), level1Bp = 5000, level2Bp = 0 } });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], suspend.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], rates.ErrorCodes);
        Assert.Equal("APPROVED", (await MyPromoterAsync(promoter)).GetProperty("status").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReferralAuthorizationTestsOnSqlite(SqliteApp app) : ReferralAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReferralAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : ReferralAuthorizationTests(app);
