using System.Text.Json;
using KnowledgePay.Application.Profiles;
using KnowledgePay.Application.Tracking;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.TestData;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Tracking;

/// <summary>trackEvents: all-or-nothing batches, de-duplicated by the client's event id, kept only with consent.</summary>
public abstract class BehaviourEventTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string TrackEventsMutation = """
        mutation($input: TrackEventsInput!) {
          trackEvents(input: $input) {
            received stored duplicates refusal
            errors { __typename ... on Error { code } }
          }
        }
        """;

    [Fact]
    public async Task StoresEveryEventWhenTheBatchIsValid()
    {
        var (session, course) = await ConsentingLearnerWithCourseAsync();

        var lesson = await FirstLessonAsync(course);

        var tracked = await TrackAsync(session, View("e1", course), Progress("e2", course, lesson, 40), Event("e3", "SHARE", course));

        Assert.Empty(tracked.PayloadErrors());
        Assert.Equal((3, 3, 0), Counts(tracked));
        Assert.Equal(JsonValueKind.Null, tracked.GetProperty("refusal").ValueKind);
        Assert.Equal(3, await StoredEventsAsync());
    }

    [Fact]
    public async Task KeepsThePlatformTheRequestCameFromOnEachEventAndNoneWhenItSaysNothing()
    {
        var (session, course) = await ConsentingLearnerWithCourseAsync();
        session.Client.DefaultRequestHeaders.Add("X-Client-Platform", "iOS");
        await TrackAsync(session, View("e1", course), View("e2", course));
        session.Client.DefaultRequestHeaders.Remove("X-Client-Platform");

        await TrackAsync(session, View("e3", course));

        var platforms = await App.ReadAsync(db => db.BehaviourEvents.OrderBy(e => e.EventId).Select(e => e.Platform).ToListAsync());
        Assert.Equal(["ios", "ios", null], platforms);
    }

    [Fact]
    public async Task StoresNothingNewWhenTheSameBatchIsSentAgain()
    {
        var (session, course) = await ConsentingLearnerWithCourseAsync();
        await TrackAsync(session, View("e1", course), View("e2", course));

        var again = await TrackAsync(session, View("e1", course), View("e2", course), View("e3", course));

        Assert.Equal((3, 1, 2), Counts(again));
        Assert.Equal(3, await StoredEventsAsync());
    }

    [Fact]
    public async Task StoresEachEventOnceWhenIdenticalBatchesArriveAtOnce()
    {
        var (session, course) = await ConsentingLearnerWithCourseAsync();
        // Full batches from many senders at once: with randomly drawn keys these deadlocked and ran out of retries.
        var batch = Enumerable.Range(0, BehaviourLimits.MaxBatchSize).Select(i => View($"e{i}", course)).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => TrackAsync(session, batch))));

        Assert.All(results, result => Assert.Empty(result.PayloadErrors()));
        Assert.Equal(batch.Length, results.Sum(r => r.GetProperty("stored").GetInt32()));
        Assert.Equal(batch.Length, await StoredEventsAsync());
    }

    [Fact]
    public async Task StoresNothingAndSaysWhyWhenTheUserHasNotConsented()
    {
        var session = await SignInAsync("o_alice");
        var course = await PublishedCourseAsync();

        var tracked = await TrackAsync(session, View("e1", course));

        Assert.Equal((1, 0, 0), Counts(tracked));
        Assert.Equal("CONSENT_WITHDRAWN", tracked.GetProperty("refusal").GetString());
        Assert.Equal(0, await StoredEventsAsync());
    }

    [Theory]
    [InlineData("unpublished course", "EventUnknownCourseError")]
    [InlineData("lesson of another course", "EventLessonNotInCourseError")]
    [InlineData("in the future", "EventInFutureError")]
    [InlineData("too old", "EventTooOldError")]
    [InlineData("server-recorded kind", "EventKindServerRecordedError")]
    [InlineData("progress without percentage", "InvalidInputError")]
    [InlineData("duplicate ids in the batch", "InvalidInputError")]
    [InlineData("too many events", "InvalidInputError")]
    public async Task StoresNothingWhenOneEventIsBad(string problem, string errorType)
    {
        var (session, course) = await ConsentingLearnerWithCourseAsync();
        var other = await PublishedCourseAsync();
        var otherLesson = await FirstLessonAsync(other);
        object bad = problem switch
        {
            "unpublished course" => View("bad", await AddCourseAsync(c => c.WithLessons(1))),
            "lesson of another course" => Event("bad", "LESSON_START", course, lessonId: otherLesson),
            "in the future" => View("bad", course, DateTimeOffset.UtcNow.AddHours(1)),
            "too old" => View("bad", course, DateTimeOffset.UtcNow.AddDays(-31)),
            "server-recorded kind" => Event("bad", "PURCHASE", course),
            "progress without percentage" => Event("bad", "PROGRESS", course, lessonId: await FirstLessonAsync(course)),
            "duplicate ids in the batch" => View("good", course),
            _ => View("bad", course),
        };
        var batch = problem == "too many events"
            ? [.. Enumerable.Range(0, 101).Select(i => View($"e{i}", course))]
            : new[] { View("good", course), bad };

        var tracked = await TrackAsync(session, batch);

        Assert.Equal([errorType], tracked.PayloadErrors().Select(e => e.Type));
        Assert.Equal(JsonValueKind.Null, tracked.GetProperty("stored").ValueKind);
        Assert.Equal(0, await StoredEventsAsync());
    }

    [Fact]
    public async Task TopsTheCategoryAffinitiesWithTheCategoryTheLearnerKeepsViewing()
    {
        var session = await ConsentAsync(await SignInAsync("o_alice"));
        var (data, dataTag) = (ACategory("数据分析"), ATag("SQL"));
        var (design, designTag) = (ACategory("设计"), ATag("Figma"));
        var creator = ACreator();
        var dataCourse = ACourse().By(creator).In(data).TaggedWith(dataTag).PricedAt(9_900).Published().Build();
        var designCourse = ACourse().By(creator).In(design).TaggedWith(designTag).Free().Published().Build();
        await App.AddAsync(creator, data, dataTag, design, designTag, dataCourse, designCourse);
        var dataId = GlobalId.Encode("Course", dataCourse.Id);
        await TrackAsync(session, [.. Enumerable.Range(0, 8).Select(i => View($"d{i}", dataId)), View("g1", GlobalId.Encode("Course", designCourse.Id))]);

        var portrait = (await session.Client.QueryAsync(
            "{ me { portrait { categories { category { name } score } interests { tag { name } } priceBand activityLevel eventsLast7Days } } }"))
            .GetProperty("me").GetProperty("portrait");

        Assert.Equal(
            ["数据分析", "设计"],
            portrait.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetProperty("name").GetString()));
        Assert.Equal("SQL", portrait.GetProperty("interests")[0].GetProperty("tag").GetProperty("name").GetString());
        Assert.Equal("FROM_50_TO_199_YUAN", portrait.GetProperty("priceBand").GetString());
        Assert.Equal(9, portrait.GetProperty("eventsLast7Days").GetInt32());
        Assert.Equal("CASUAL", portrait.GetProperty("activityLevel").GetString());
    }

    [Fact]
    public async Task ShowsAnyUsersProfileToAdminsOnly()
    {
        var (alice, course) = await ConsentingLearnerWithCourseAsync();
        await TrackAsync(alice, View("e1", course));
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var query = "query($id: ID!) { userProfile(id: $id) { userId eventsLast30Days } }";

        var asLearner = await alice.Client.PostGraphQLAsync(query, new { id = alice.UserId });
        var asAdmin = (await admin.Client.QueryAsync(query, new { id = alice.UserId })).GetProperty("userProfile");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Equal(alice.UserId, asAdmin.GetProperty("userId").GetString());
        Assert.Equal(1, asAdmin.GetProperty("eventsLast30Days").GetInt32());
    }

    [Fact]
    public async Task RanksTheCourseWithEventsMorePopularInItsContentProfile()
    {
        var (session, watched) = await ConsentingLearnerWithCourseAsync();
        var ignored = await PublishedCourseAsync();
        await TrackAsync(session, View("e1", watched), Event("e2", "FAVOURITE", watched));

        var popularity = await Task.WhenAll(new[] { watched, ignored }.Select(async id =>
            (await Client.QueryAsync("query($id: ID!) { course(id: $id) { contentProfile { popularity lessonKinds priceBand } } }", new { id }))
                .GetProperty("course").GetProperty("contentProfile")));

        Assert.Equal(4, popularity[0].GetProperty("popularity").GetDouble(), 3);
        Assert.Equal(0, popularity[1].GetProperty("popularity").GetDouble());
        Assert.Equal(["VIDEO"], popularity[0].GetProperty("lessonKinds").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task StreamsOneInteractionPerUserAndCourseOfConsentingUsersOnlyToTheRecommender()
    {
        var (alice, course) = await ConsentingLearnerWithCourseAsync();
        var other = await PublishedCourseAsync();
        var bob = await ConsentAsync(await SignInAsync("o_bob"));
        await TrackAsync(alice, View("a1", course), View("a2", course), Event("a3", "FAVOURITE", other));
        await TrackAsync(bob, View("b1", course));
        await ConsentAsync(bob, consent: false);

        var interactions = await App.ReadAsync(async db => await db.StreamInteractionsAsync(
            DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow, new ProfileOptions(), CancellationToken.None).ToListAsync());

        var aliceId = GlobalId.DecodeOf("User", alice.UserId);
        Assert.Equal(
            new[] { (aliceId, GlobalId.DecodeOf("Course", course), 2.0, 2), (aliceId, GlobalId.DecodeOf("Course", other), 3.0, 1) }
                .OrderBy(i => i.Item2),
            interactions.Select(i => (i.UserId, i.CourseId, Math.Round(i.Weight, 6), i.EventCount)));
    }

    [Fact]
    public async Task RecordsAServerPurchaseOnceUnderItsSourceKey()
    {
        var (alice, course) = await ConsentingLearnerWithCourseAsync();
        var (userId, courseId) = (GlobalId.DecodeOf("User", alice.UserId), GlobalId.DecodeOf("Course", course));

        var first = await RecordPurchaseAsync();
        var again = await RecordPurchaseAsync();

        Assert.Equal((true, false), (first, again));
        Assert.Equal(1, await StoredEventsAsync());

        Task<bool> RecordPurchaseAsync() => App.ReadAsync(async db =>
        {
            var added = await db.RecordServerEventAsync(
                userId, BehaviourEventKind.Purchase, courseId, "order:42", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync(CancellationToken.None);
            return added;
        });
    }

    private async Task<(Session Session, string CourseId)> ConsentingLearnerWithCourseAsync() =>
        (await ConsentAsync(await SignInAsync("o_alice")), await PublishedCourseAsync());

    private static async Task<Session> ConsentAsync(Session session, bool consent = true)
    {
        var updated = (await session.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { gender = "UNSPECIFIED", ageBand = "UNSPECIFIED", interestTagIds = Array.Empty<string>(), personalisationConsent = consent } }))
            .GetProperty("updateProfile");
        Assert.Empty(updated.PayloadErrors());
        return session;
    }

    private Task<string> PublishedCourseAsync() => AddCourseAsync(c => c.WithLessons(2).Published());

    private async Task<string> AddCourseAsync(Func<CourseBuilder, CourseBuilder> shape)
    {
        var creator = ACreator();
        var category = ACategory();
        var course = shape(ACourse().By(creator).In(category)).Build();
        await App.AddAsync(creator, category, course);
        return GlobalId.Encode("Course", course.Id);
    }

    private Task<string> FirstLessonAsync(string courseId)
    {
        var id = GlobalId.DecodeOf("Course", courseId);
        return App.ReadAsync(async db => GlobalId.Encode("Lesson", await db.Courses
            .Where(c => c.Id == id)
            .SelectMany(c => c.Chapters.SelectMany(ch => ch.Lessons))
            .Select(l => l.Id)
            .FirstAsync()));
    }

    private Task<int> StoredEventsAsync() => App.ReadAsync(db => db.BehaviourEvents.CountAsync());

    private static object View(string id, string courseId, DateTimeOffset? occurredAt = null) =>
        Event(id, "VIEW", courseId, occurredAt: occurredAt);

    private static object Progress(string id, string courseId, string lessonId, int percent) =>
        new { id, kind = "PROGRESS", courseId, lessonId, progressPercent = percent, occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1), context = "course-page" };

    private static object Event(string id, string kind, string courseId, string? lessonId = null, DateTimeOffset? occurredAt = null) =>
        new { id, kind, courseId, lessonId, occurredAt = occurredAt ?? DateTimeOffset.UtcNow.AddMinutes(-1) };

    private static async Task<JsonElement> TrackAsync(Session session, params object[] events) =>
        (await session.Client.QueryAsync(TrackEventsMutation, new { input = new { events } })).GetProperty("trackEvents");

    private static (int Received, int Stored, int Duplicates) Counts(JsonElement tracked) => (
        tracked.GetProperty("received").GetInt32(),
        tracked.GetProperty("stored").GetInt32(),
        tracked.GetProperty("duplicates").GetInt32());
}

[Collection(SqliteCollection.Name)]
public sealed class BehaviourEventTestsOnSqlite(SqliteApp app) : BehaviourEventTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class BehaviourEventTestsOnPostgreSql(PostgreSqlApp app) : BehaviourEventTests(app);
