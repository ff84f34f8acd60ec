using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>Only admins read and review the queue; a learner sees their own restrictions and nobody else's.</summary>
public abstract class RiskAuthorizationTests(KnowledgePayApp app) : RiskTest(app)
{
    [Fact]
    public async Task OnlyAdminsReadTheQueue()
    {
        var learner = await SignInAsync("o_learner");
        var admin = await AdminAsync();
        await SeedFlagAsync(RiskRule.RefundAbuse, learner.UserId, "refunder", RiskRestriction.NoLearnerRefunds);
        const string Query = "{ riskFlags { nodes { id evidence } } }";

        var anonymous = await Client.PostGraphQLAsync(Query);
        var asLearner = await learner.Client.PostGraphQLAsync(Query);
        var asAdmin = await admin.Client.PostGraphQLAsync(Query);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(asAdmin.ErrorCodes);
        Assert.Single(asAdmin.Data.Nodes("riskFlags"));
    }

    [Fact]
    public async Task OnlyAdminsReviewAndARefusedReviewChangesNothing()
    {
        var learner = await SignInAsync("o_learner");
        var admin = await AdminAsync();
        var flagId = await SeedFlagAsync(RiskRule.RefundAbuse, learner.UserId, "refunder", RiskRestriction.NoLearnerRefunds);
        var mutation = $$"""mutation { reviewRiskFlag(input: { id: "{{flagId}}", decision: CLEAR, note: "mine" }) { flag { status } } }""";

        var anonymous = await Client.PostGraphQLAsync(mutation);
        var asLearner = await learner.Client.PostGraphQLAsync(mutation);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Equal(RiskFlagStatus.Open, await App.ReadAsync(db => db.RiskFlags.Select(f => f.Status).SingleAsync()));
        Assert.Equal(["NO_LEARNER_REFUNDS"], await RestrictionsAsync(learner));
        Assert.Empty((await ReviewAsync(admin, flagId, "CLEAR")).PayloadErrors());
    }

    [Fact]
    public async Task ALearnerSeesOnlyTheirOwnRestrictions()
    {
        var flagged = await SignInAsync("o_flagged");
        var other = await SignInAsync("o_other");
        await SeedFlagAsync(RiskRule.RefundAbuse, flagged.UserId, "refunder", RiskRestriction.NoLearnerRefunds);
        await SeedFlagAsync(RiskRule.PaymentMismatch, other.UserId, "order-1");

        var anonymous = await Client.PostGraphQLAsync("{ me { restrictions } }");

        Assert.Equal(["NO_LEARNER_REFUNDS"], await RestrictionsAsync(flagged));
        Assert.Empty(await RestrictionsAsync(other));
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RiskAuthorizationTestsOnSqlite(SqliteApp app) : RiskAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class RiskAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : RiskAuthorizationTests(app);
