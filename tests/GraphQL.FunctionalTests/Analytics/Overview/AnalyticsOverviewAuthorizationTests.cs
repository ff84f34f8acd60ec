using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Overview;

/// <summary>Every business metric is for admins: a learner is refused, and so is a caller who has not signed in.</summary>
public abstract class AnalyticsOverviewAuthorizationTests(KnowledgePayApp app) : FunctionalTest(app)
{
    public static TheoryData<string> Metrics =>
    [
        """{ analyticsOverview(range: { from: "2026-03-01", to: "2026-03-31" }) { totals { gmvFen } } }""",
        "{ analyticsToday { date today { orders } } }",
        """{ revenueBreakdown(range: { from: "2026-03-01", to: "2026-03-31" }, by: CHANNEL) { key } }""",
    ];

    [Theory]
    [MemberData(nameof(Metrics))]
    public async Task OnlyAdminsMayReadTheMetric(string query)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");

        var anonymous = await Client.PostGraphQLAsync(query);
        var asLearner = await learner.Client.PostGraphQLAsync(query);
        var asAdmin = await admin.Client.PostGraphQLAsync(query);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(asAdmin.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, asAdmin.Data.ValueKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnalyticsOverviewAuthorizationTestsOnSqlite(SqliteApp app) : AnalyticsOverviewAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AnalyticsOverviewAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : AnalyticsOverviewAuthorizationTests(app);
