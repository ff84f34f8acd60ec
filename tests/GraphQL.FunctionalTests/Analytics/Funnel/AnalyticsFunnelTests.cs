using System.Text.Json;
using KnowledgePay.Domain.Analytics;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Funnel;

/// <summary><c>analyticsFunnel</c> through /graphql over <see cref="FunnelDataSet"/>: strict steps per course and overall, and who may ask.</summary>
public abstract class AnalyticsFunnelTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string FunnelQuery = """
        query($range: AnalyticsRangeInput!, $courseId: ID) {
          analyticsFunnel(range: $range, courseId: $courseId) {
            course { id title }
            steps { step users conversionFromPrevious conversionFromFirst }
          }
        }
        """;

    private static readonly object Week = new { from = FunnelDataSet.From, to = FunnelDataSet.To };

    [Fact]
    public async Task ACoursesFunnelCountsEachUserAtTheFurthestStepReachedThroughEveryStepBefore()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var data = await FunnelDataSet.AddToAsync(App);

        var funnel = await FunnelAsync(admin, GlobalId.Encode("Course", data.A.Id));

        Assert.Equal("Course A", funnel.GetProperty("course").GetProperty("title").GetString());
        Assert.Equal(
            [("VIEW", 8), ("COURSE_DETAIL", 5), ("ORDER_CREATED", 4), ("PAID", 3), ("FIRST_LESSON", 2), ("COMPLETED", 1)],
            Steps(funnel));
        Assert.Equal([null, 5 / 8.0, 4 / 5.0, 3 / 4.0, 2 / 3.0, 1 / 2.0], Conversions(funnel, "conversionFromPrevious"));
        Assert.Equal([1, 5 / 8.0, 4 / 8.0, 3 / 8.0, 2 / 8.0, 1 / 8.0], Conversions(funnel, "conversionFromFirst"));
    }

    [Fact]
    public async Task TheOverallFunnelCountsAUserOnceThroughWhicheverCourseTookThemFurthest()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await FunnelDataSet.AddToAsync(App);

        var funnel = await FunnelAsync(admin, null);

        Assert.Equal(JsonValueKind.Null, funnel.GetProperty("course").ValueKind);
        Assert.Equal(
            [("VIEW", 8), ("COURSE_DETAIL", 6), ("ORDER_CREATED", 5), ("PAID", 4), ("FIRST_LESSON", 3), ("COMPLETED", 1)],
            Steps(funnel));
    }

    [Fact]
    public async Task AStepNobodyReachedConvertsAtZeroAndStepsAfterAnEmptyOneHaveNoConversion()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var data = await FunnelDataSet.AddToAsync(App);

        var b = await FunnelAsync(admin, GlobalId.Encode("Course", data.B.Id));
        var c = await FunnelAsync(admin, GlobalId.Encode("Course", data.C.Id));

        Assert.Equal([1, 1, 1, 1, 1, 0], Steps(b).Select(s => s.Users));
        Assert.Equal(0.0, Conversions(b, "conversionFromPrevious")[^1]);
        Assert.All(Steps(c), s => Assert.Equal(0, s.Users));
        Assert.All(Conversions(c, "conversionFromFirst"), Assert.Null);
        Assert.All(Conversions(c, "conversionFromPrevious"), Assert.Null);
    }

    [Fact]
    public async Task TheRangeIsTheOperatorsLocalDaysSoAViewAt2330OnTheLastBeijingDayCountsAndOneAfterMidnightDoesNot()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var data = await FunnelDataSet.AddToAsync(App);
        var courseId = GlobalId.Encode("Course", data.A.Id);

        var lastDay = await FunnelAsync(admin, courseId, new { from = FunnelDataSet.To, to = FunnelDataSet.To });
        var inUtc = await FunnelAsync(admin, courseId, new { from = FunnelDataSet.To, to = FunnelDataSet.To, timeZone = "UTC" });

        Assert.Equal(("VIEW", 1), Steps(lastDay)[0]);
        Assert.Equal(("VIEW", 2), Steps(inUtc)[0]);
    }

    [Fact]
    public async Task AnUnknownCourseAndABadRangeAreTypedErrors()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var unknown = await admin.Client.PostGraphQLAsync(FunnelQuery, new { range = Week, courseId = GlobalId.Encode("Course", Guid.CreateVersion7()) });
        var backwards = await admin.Client.PostGraphQLAsync(FunnelQuery, new { range = new { from = FunnelDataSet.To, to = FunnelDataSet.From } });

        Assert.Equal([CourseAnalyticsErrors.UnknownCourseCode], unknown.ErrorCodes);
        Assert.Equal([AnalyticsErrors.InvalidRangeCode], backwards.ErrorCodes);
    }

    [Fact]
    public async Task OnlyAdminsMayReadTheFunnel()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");

        var anonymous = await Client.PostGraphQLAsync(FunnelQuery, new { range = Week });
        var asLearner = await learner.Client.PostGraphQLAsync(FunnelQuery, new { range = Week });
        var asAdmin = await admin.Client.PostGraphQLAsync(FunnelQuery, new { range = Week });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(asAdmin.ErrorCodes);
        Assert.Equal(6, asAdmin.Data.GetProperty("analyticsFunnel").GetProperty("steps").GetArrayLength());
    }

    private static async Task<JsonElement> FunnelAsync(Session admin, string? courseId, object? range = null) =>
        (await admin.Client.QueryAsync(FunnelQuery, new { range = range ?? Week, courseId })).GetProperty("analyticsFunnel");

    private static List<(string Step, int Users)> Steps(JsonElement funnel) =>
        [.. funnel.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("step").GetString()!, s.GetProperty("users").GetInt32()))];

    private static List<double?> Conversions(JsonElement funnel, string name) =>
        [.. funnel.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : (double?)null)];
}

[Collection(SqliteCollection.Name)]
public sealed class AnalyticsFunnelTestsOnSqlite(SqliteApp app) : AnalyticsFunnelTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AnalyticsFunnelTestsOnPostgreSql(PostgreSqlApp app) : AnalyticsFunnelTests(app);
