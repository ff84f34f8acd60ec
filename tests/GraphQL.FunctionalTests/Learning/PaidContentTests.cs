using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary>Who gets a lesson's body and media through <c>course { lessons { … } }</c>, with real tokens from the login flow.</summary>
public abstract class PaidContentTests(KnowledgePayApp app) : LearningTest(app)
{
    private static readonly string?[] PreviewOnly = [BodyOf(0), null, null];
    private static readonly string?[] Everything = [BodyOf(0), BodyOf(1), BodyOf(2)];

    [Fact]
    public async Task OpensEveryLessonWithBodyAndMediaWhenTheLearnerIsEnrolled()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        Assert.Empty((await GrantAsync(admin, buyer.UserId, course.Id)).PayloadErrors());

        var lessons = await LessonsAsync(buyer.Client, course.Id);

        Assert.Equal(Everything, Bodies(lessons));
        Assert.All(lessons, l => Assert.False(l.GetProperty("locked").GetBoolean()));
        Assert.All(lessons, l => Assert.StartsWith("/media/lessons/", l.GetProperty("media").GetProperty("url").GetString()));
    }

    [Fact]
    public async Task OpensOnlyTheFreePreviewWhenTheLearnerHasNotBought()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_learner");

        var lessons = await LessonsAsync(learner.Client, course.Id);

        Assert.Equal(PreviewOnly, Bodies(lessons));
        Assert.Equal([false, true, true], lessons.Select(l => l.GetProperty("locked").GetBoolean()));
        Assert.Equal([false, true, true], lessons.Select(l => l.GetProperty("media").ValueKind == System.Text.Json.JsonValueKind.Null));
    }

    [Fact]
    public async Task OpensOnlyTheFreePreviewWithoutAnErrorWhenTheCallerIsAnonymous()
    {
        var course = await AddPaidCourseAsync();

        var response = await Client.PostGraphQLAsync(LessonsQuery, new { id = GlobalId.Encode("Course", course.Id) });

        Assert.Empty(response.Errors);
        var lessons = response.Data.GetProperty("course").GetProperty("lessons").EnumerateArray().ToList();
        Assert.Equal(PreviewOnly, Bodies(lessons));
        Assert.Equal([false, true, true], lessons.Select(l => l.GetProperty("locked").GetBoolean()));
    }

    [Fact]
    public async Task OpensEveryLessonOfTheirOwnCourseButNoOtherWhenTheCallerIsItsCreator()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var alice = await SignInAsync("o_alice");
        var creatorId = GlobalId.Decode(await CreateCreatorAsync(admin, alice.UserId, "Alice")).Id;
        var own = await AddPaidCourseAsync(creatorId: creatorId);
        var others = await AddPaidCourseAsync();

        Assert.Equal(Everything, Bodies(await LessonsAsync(alice.Client, own.Id)));
        Assert.Equal(PreviewOnly, Bodies(await LessonsAsync(alice.Client, others.Id)));
    }

    [Fact]
    public async Task OpensEveryLessonWhenTheCallerIsAnAdmin()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var lessons = await LessonsAsync(admin.Client, course.Id);

        Assert.Equal(Everything, Bodies(lessons));
    }

    [Fact]
    public async Task LocksThePaidLessonsAgainWhenTheEnrollmentIsRevoked()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        await GrantAsync(admin, buyer.UserId, course.Id);
        Assert.Equal(Everything, Bodies(await LessonsAsync(buyer.Client, course.Id)));

        var revoked = await RevokeAsync(admin, buyer.UserId, course.Id);

        Assert.Empty(revoked.PayloadErrors());
        Assert.Equal(PreviewOnly, Bodies(await LessonsAsync(buyer.Client, course.Id)));
    }

    [Fact]
    public async Task CostsTheSameStatementsWhenTheCourseGrowsFromThreeToFortyLessons()
    {
        var small = await AddPaidCourseAsync(lessons: 3);
        var large = await AddPaidCourseAsync(lessons: 40);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        await GrantAsync(admin, buyer.UserId, small.Id);
        await GrantAsync(admin, buyer.UserId, large.Id);

        var forSmall = await StatementsForLessonsAsync(buyer.Client, small.Id, expectedOpen: 3);
        var forLarge = await StatementsForLessonsAsync(buyer.Client, large.Id, expectedOpen: 40);

        Assert.Equal(forSmall, forLarge);
        Assert.InRange(forLarge, 1, 4);
    }

    /// <summary>
    /// The statements of reading the course's lessons once the caller has read them before: the first read of a paid
    /// body also records the lesson as opened, a write made once per learner and lesson.
    /// </summary>
    private async Task<int> StatementsForLessonsAsync(HttpClient client, Guid courseId, int expectedOpen)
    {
        await LessonsAsync(client, courseId);
        App.SqlCommands.Reset();
        var lessons = await LessonsAsync(client, courseId);
        var statements = App.SqlCommands.Count;
        Assert.Equal(expectedOpen, lessons.Count(l => !l.GetProperty("locked").GetBoolean()));
        return statements;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PaidContentTestsOnSqlite(SqliteApp app) : PaidContentTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PaidContentTestsOnPostgreSql(PostgreSqlApp app) : PaidContentTests(app);
