using System.Text.Json;
using KnowledgePay.Domain.Analytics;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Funnel;

/// <summary><c>courseStatistics</c> and <c>topCourses</c> through /graphql over <see cref="FunnelDataSet"/>.</summary>
public abstract class CourseStatisticsTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string Figures = """
        course { id title } views viewers buyers conversionRate gmvFen refundedFen refunds refundRate averageRating ratings
        learners completionRate dropOff { lesson { id title } position started completed stoppedHere }
        """;

    private const string StatisticsQuery = $$"""
        query($courseId: ID!, $range: AnalyticsRangeInput!) { courseStatistics(courseId: $courseId, range: $range) { {{Figures}} } }
        """;

    private const string TopQuery = $$"""
        query($range: AnalyticsRangeInput!, $by: CourseRanking!, $first: Int!) { topCourses(range: $range, by: $by, first: $first) { {{Figures}} } }
        """;

    private static readonly object Week = new { from = FunnelDataSet.From, to = FunnelDataSet.To };

    [Fact]
    public async Task ACoursesStatisticsCountItsViewsSalesRefundsRatingsAndLearnersWithinTheRange()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var data = await FunnelDataSet.AddToAsync(App);

        var a = (await admin.Client.QueryAsync(StatisticsQuery, new { courseId = GlobalId.Encode("Course", data.A.Id), range = Week }))
            .GetProperty("courseStatistics");

        Assert.Equal("Course A", a.GetProperty("course").GetProperty("title").GetString());
        Assert.Equal((11, 8, 4, 1, 2, 3), (Int(a, "views"), Int(a, "viewers"), Int(a, "buyers"), Int(a, "refunds"), Int(a, "ratings"), Int(a, "learners")));
        Assert.Equal((34600L, 9900L), (a.GetProperty("gmvFen").GetInt64(), a.GetProperty("refundedFen").GetInt64()));
        Assert.Equal(0.5, Rate(a, "conversionRate"));
        Assert.Equal(9900 / 34600.0, Rate(a, "refundRate"));
        Assert.Equal(4.5, Rate(a, "averageRating"));
        Assert.Equal(1 / 3.0, Rate(a, "completionRate"));
    }

    [Fact]
    public async Task DropOffFollowsTheOutlineAndCountsWhereTheRangesLearnersStopped()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var data = await FunnelDataSet.AddToAsync(App);

        var a = (await admin.Client.QueryAsync(StatisticsQuery, new { courseId = GlobalId.Encode("Course", data.A.Id), range = Week }))
            .GetProperty("courseStatistics");

        var lessons = data.LessonsOfA;
        var dropOff = a.GetProperty("dropOff").EnumerateArray().Select(d => (
            d.GetProperty("lesson").GetProperty("id").GetString(), Int(d, "position"), Int(d, "started"), Int(d, "completed"), Int(d, "stoppedHere"))).ToList();
        Assert.Equal(
            [
                (GlobalId.Encode("Lesson", lessons[0].Id), 0, 3, 2, 1),
                (GlobalId.Encode("Lesson", lessons[1].Id), 1, 2, 1, 1),
                (GlobalId.Encode("Lesson", lessons[2].Id), 2, 1, 1, 0),
            ],
            dropOff);
    }

    [Fact]
    public async Task ACourseWithNothingInTheRangeHasZerosAndNoRates()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var data = await FunnelDataSet.AddToAsync(App);

        var c = (await admin.Client.QueryAsync(StatisticsQuery, new { courseId = GlobalId.Encode("Course", data.C.Id), range = Week }))
            .GetProperty("courseStatistics");

        Assert.Equal((0, 0, 0, 0L), (Int(c, "views"), Int(c, "buyers"), Int(c, "learners"), c.GetProperty("gmvFen").GetInt64()));
        Assert.All(["conversionRate", "refundRate", "averageRating", "completionRate"], rate => Assert.Equal(JsonValueKind.Null, c.GetProperty(rate).ValueKind));
        Assert.Equal([0], [.. c.GetProperty("dropOff").EnumerateArray().Select(d => Int(d, "started"))]);
    }

    [Theory]
    [InlineData("GMV", "A", "B", "C")]
    [InlineData("VIEWS", "A", "B", "C")]
    [InlineData("CONVERSION", "B", "A", "C")]
    [InlineData("REFUND_RATE", "A", "B", "C")]
    [InlineData("RATING", "B", "A", "C")]
    [InlineData("COMPLETION", "A", "B", "C")]
    public async Task TopCoursesRankByTheMeasureWithUnmeasuredCoursesLast(string by, params string[] expected)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await FunnelDataSet.AddToAsync(App);

        var top = await admin.Client.QueryAsync(TopQuery, new { range = Week, by, first = 10 });

        Assert.Equal(expected.Select(t => $"Course {t}"), Titles(top));
    }

    [Fact]
    public async Task TopCoursesReturnsTheFirstOnlyAndRefusesCountsOutsideOneToFifty()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await FunnelDataSet.AddToAsync(App);

        var one = await admin.Client.QueryAsync(TopQuery, new { range = Week, by = "GMV", first = 1 });
        var none = await admin.Client.PostGraphQLAsync(TopQuery, new { range = Week, by = "GMV", first = 0 });
        var tooMany = await admin.Client.PostGraphQLAsync(TopQuery, new { range = Week, by = "GMV", first = CourseAnalyticsLimits.MaxTopCourses + 1 });

        Assert.Equal(["Course A"], Titles(one));
        Assert.Equal(34600, one.GetProperty("topCourses")[0].GetProperty("gmvFen").GetInt64());
        Assert.Equal([CourseAnalyticsErrors.InvalidTopCoursesCountCode], none.ErrorCodes);
        Assert.Equal([CourseAnalyticsErrors.InvalidTopCoursesCountCode], tooMany.ErrorCodes);
    }

    [Fact]
    public async Task RankingMoreCoursesWithTheirCoursesLessonsAndDropOffSendsNoMoreStatements()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await FunnelDataSet.AddToAsync(App);

        await StatementsForTopAsync(admin, 1); // the first request also reads the signed-in admin
        var one = await StatementsForTopAsync(admin, 1);
        var three = await StatementsForTopAsync(admin, 3);

        Assert.Equal(one, three);
    }

    [Fact]
    public async Task OnlyAdminsMayReadCourseStatistics()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        var data = await FunnelDataSet.AddToAsync(App);
        var variables = new { courseId = GlobalId.Encode("Course", data.A.Id), range = Week };
        var top = new { range = Week, by = "GMV", first = 10 };

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await Client.PostGraphQLAsync(StatisticsQuery, variables)).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await learner.Client.PostGraphQLAsync(StatisticsQuery, variables)).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await Client.PostGraphQLAsync(TopQuery, top)).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await learner.Client.PostGraphQLAsync(TopQuery, top)).ErrorCodes);
        Assert.Empty((await admin.Client.PostGraphQLAsync(StatisticsQuery, variables)).ErrorCodes);
        Assert.Empty((await admin.Client.PostGraphQLAsync(TopQuery, top)).ErrorCodes);
    }

    private async Task<int> StatementsForTopAsync(Session admin, int first)
    {
        App.SqlCommands.Reset();
        var top = await admin.Client.QueryAsync(TopQuery, new { range = Week, by = "GMV", first });
        Assert.Equal(first, top.GetProperty("topCourses").GetArrayLength());
        return App.SqlCommands.Count;
    }

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();

    private static double Rate(JsonElement element, string name) => element.GetProperty(name).GetDouble();

    private static IEnumerable<string?> Titles(JsonElement top) =>
        top.GetProperty("topCourses").EnumerateArray().Select(c => c.GetProperty("course").GetProperty("title").GetString());
}

[Collection(SqliteCollection.Name)]
public sealed class CourseStatisticsTestsOnSqlite(SqliteApp app) : CourseStatisticsTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseStatisticsTestsOnPostgreSql(PostgreSqlApp app) : CourseStatisticsTests(app);
