using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Reviews;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Recommendations;

/// <summary>
/// recommendations, similarCourses and the admin training fields over real HTTP. Each test builds two topics (a data
/// category tagged SQL and a design category tagged Figma, four courses each), learners who keep to one topic, and
/// trains a model on them through trainRecommender.
/// </summary>
public abstract class RecommendationTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string RecommendationsQuery = """
        query($first: Int, $after: String, $context: RecommendationContextInput) {
          recommendations(first: $first, after: $after, context: $context) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { score course { id category { id } tags { id } } reason { kind text tag { id } category { id } relatedCourse { id } } }
          }
        }
        """;

    private const string TrainMutation = """
        mutation { trainRecommender { model { version interactions users courses knownUsers trainingAuc } errors { __typename ... on Error { code } } } }
        """;

    private Topic _data = null!;
    private Topic _design = null!;

    [Fact]
    public async Task PutsCoursesWithTheChosenInterestOnTopForABrandNewUser()
    {
        await TrainedOnTwoTopicsAsync();
        var newcomer = await ConsentAsync(await SignInAsync("o_newcomer"), interests: [_design.TagId]);

        var picks = await RecommendAsync(newcomer, first: 4);

        Assert.All(picks[..3], pick => Assert.Equal(_design.CategoryId, CategoryOf(pick)));
        Assert.Equal("MATCHES_YOUR_INTEREST", picks[0].GetProperty("reason").GetProperty("kind").GetString());
        Assert.Equal(_design.TagId, picks[0].GetProperty("reason").GetProperty("tag").GetProperty("id").GetString());
    }

    [Fact]
    public async Task PutsCoursesOfABrandNewLearnersOnboardingInterestAheadOfMorePopularOnes()
    {
        await TrainedOnAPopularAndANicheTopicAsync();
        var newcomer = await ConsentAsync(await SignInAsync("o_newcomer"), interests: [_design.TagId]);

        var picks = await RecommendAsync(newcomer, first: 4);
        var anonymous = await RecommendAsync(null, first: 4);

        Assert.All(anonymous[..3], pick => Assert.Equal(_data.CategoryId, CategoryOf(pick)));
        Assert.All(picks[..3], pick => Assert.Equal(_design.CategoryId, CategoryOf(pick)));
    }

    [Fact]
    public async Task GivesABrandNewLearnerWeKnowNothingAboutThePopularityOrder()
    {
        await TrainedOnAPopularAndANicheTopicAsync();
        var newcomer = await ConsentAsync(await SignInAsync("o_newcomer"), interests: []);

        var picks = await RecommendAsync(newcomer, first: 8);
        var anonymous = await RecommendAsync(null, first: 8);

        Assert.Equal(_data.Courses[..3], picks[..3].Select(CourseOf));
        Assert.Equal(anonymous.Select(CourseOf), picks.Select(CourseOf));
    }

    [Fact]
    public async Task PutsCoursesPopularOnABrandNewLearnersPlatformAtTheirTimeOfDayAheadOfMorePopularOnes()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var newcomer = await ConsentAsync(await SignInAsync("o_newcomer"), interests: []);
        // The middle of the current six-hour daypart in Beijing time, so the lists below are asked for in the one the
        // design learners were active in a day earlier (and, twelve hours on, in the one the data learners were).
        var beijing = App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        App.Clock.Advance(TimeSpan.FromMinutes((180 - (beijing.Hour % 6 * 60 + beijing.Minute) + 360) % 360));
        await TrainedOnTopicsTakenOnTwoPlatformsAtTwoTimesOfDayAsync(admin);

        newcomer.Client.DefaultRequestHeaders.Add("X-Client-Platform", "ios");
        var onIosNow = await RecommendAsync(newcomer, first: 3);
        App.Clock.Advance(TimeSpan.FromHours(12));
        newcomer.Client.DefaultRequestHeaders.Remove("X-Client-Platform");
        newcomer.Client.DefaultRequestHeaders.Add("X-Client-Platform", "android");
        var onAndroidTwelveHoursOn = await RecommendAsync(newcomer, first: 3);
        var anonymous = await RecommendAsync(null, first: 3);

        Assert.All(anonymous, pick => Assert.Equal(_data.CategoryId, CategoryOf(pick)));
        Assert.All(onIosNow, pick => Assert.Equal(_design.CategoryId, CategoryOf(pick)));
        Assert.All(onAndroidTwelveHoursOn, pick => Assert.Equal(_data.CategoryId, CategoryOf(pick)));
    }

    [Fact]
    public async Task RecommendsANewCourseNobodyTookToAUserWhoseInterestItMatches()
    {
        await TrainedOnTwoTopicsAsync(untouchedDesignCourse: true);
        var newcomer = await ConsentAsync(await SignInAsync("o_newcomer"), interests: [_design.TagId]);

        var picks = await RecommendAsync(newcomer, first: 10);

        Assert.Contains(_design.Untouched!, picks.Select(CourseOf));
    }

    [Fact]
    public async Task RecommendsACourseSoonAfterItIsPublishedToANewLearnerWhoseInterestItMatches()
    {
        var admin = await TrainedOnTwoTopicsAsync();
        var version = await VersionAsync(admin);
        var newcomer = await ConsentAsync(await SignInAsync("o_newcomer"), interests: [_design.TagId]);
        var draft = ACourse().By(_design.Creator).In(_design.Category).TaggedWith(_design.Tag).WithLessons(1).Build();
        await App.AddAsync(draft);
        var courseId = GlobalId.Encode("Course", draft.Id);
        await App.DrainOutboxAsync(); // the set-up's own catalogue events, delivered while the gate is closed
        using var retrainingOnCatalogueChanges = App.Services.GetRequiredService<GatedTrainingScheduler>().Open();

        var published = (await admin.Client.QueryAsync(
                "mutation($input: PublishCourseInput!) { publishCourse(input: $input) { errors { __typename } } }",
                new { input = new { courseId } }))
            .GetProperty("publishCourse");
        await App.DrainOutboxAsync();
        var retrained = await ModelNewerThanAsync(admin, version);
        var picks = await RecommendAsync(newcomer, first: 10);

        Assert.Empty(published.PayloadErrors());
        Assert.Equal($"Course {draft.Id} was published.", retrained.GetProperty("trainedBecause").GetString());
        Assert.Contains(courseId, picks.Select(CourseOf));
    }

    [Fact]
    public async Task LeavesOutOwnedAndUnpublishedCourses()
    {
        await TrainedOnTwoTopicsAsync();
        var learner = await ConsentAsync(await SignInAsync("o_newcomer"), interests: [_design.TagId]);
        var before = (await RecommendAsync(learner, first: 3)).Select(CourseOf).ToArray();
        var userId = GlobalId.DecodeOf("User", learner.UserId);
        await App.AddAsync(Enrollment.ByAdmin(userId, GlobalId.DecodeOf("Course", before[0]), DateTimeOffset.UtcNow));
        await App.ReadAsync(async db =>
        {
            var archived = await db.Courses.SingleAsync(c => c.Id == GlobalId.DecodeOf("Course", before[1]));
            archived.Archive();
            return await db.SaveChangesAsync(CancellationToken.None);
        });

        var after = (await RecommendAsync(learner, first: 8)).Select(CourseOf).ToArray();

        Assert.DoesNotContain(before[0], after);
        Assert.DoesNotContain(before[1], after);
        Assert.Contains(before[2], after);
    }

    [Fact]
    public async Task ShiftsTheListTowardsWhatTheLearnerJustDidWithoutRetraining()
    {
        await TrainedOnTwoTopicsAsync();
        var learner = await ConsentAsync(await SignInAsync("o_newcomer"), interests: [_data.TagId]);
        var before = await RecommendAsync(learner, first: 3);

        await TrackViewsAsync(learner, _design.Courses.Take(2), times: 6);
        var after = await RecommendAsync(learner, first: 3);

        Assert.Equal(_data.CategoryId, CategoryOf(before[0]));
        Assert.Equal(_design.CategoryId, CategoryOf(after[0]));
    }

    [Fact]
    public async Task TurnsAKnownLearnersListToCoursesLikeTheOnesTheyJustViewedWithoutRetraining()
    {
        await TrainedOnTwoTopicsAsync();
        var learner = await SignInAsync("o_learner_0");
        var before = await RecommendAsync(learner, first: 3);

        var viewed = _design.Courses.Take(2).ToArray();
        await TrackViewsAsync(learner, viewed, times: 8);
        var after = await RecommendAsync(learner, first: 3);

        Assert.All(before, pick => Assert.Equal(_data.CategoryId, CategoryOf(pick)));
        Assert.Equal(_design.CategoryId, CategoryOf(after[0]));
        // The views explain the picks of the new topic: either directly ("because you viewed X") or through the
        // interest they just added to the learner's profile (the viewed courses' tag or category).
        var followed = after.Where(pick => CategoryOf(pick) == _design.CategoryId).ToList();
        Assert.All(followed, pick =>
        {
            var reason = pick.GetProperty("reason");
            if (reason.GetProperty("kind").GetString() == "BECAUSE_YOU_VIEWED")
            {
                Assert.Contains(reason.GetProperty("relatedCourse").GetProperty("id").GetString(), viewed);
                Assert.StartsWith("Because you viewed ", reason.GetProperty("text").GetString());
            }
            else
            {
                Assert.Equal("MATCHES_YOUR_INTEREST", reason.GetProperty("kind").GetString());
                var interest = reason.GetProperty("tag").ValueKind == JsonValueKind.Null ? reason.GetProperty("category") : reason.GetProperty("tag");
                Assert.Contains(interest.GetProperty("id").GetString(), (string[])[_design.TagId, _design.CategoryId]);
            }
        });
    }

    [Fact]
    public async Task LeavesOtherLearnersListsAsTheyWereWhenOneLearnerActs()
    {
        await TrainedOnTwoTopicsAsync();
        var (learner, other) = (await SignInAsync("o_learner_0"), await SignInAsync("o_learner_1"));
        var before = await RecommendAsync(other, first: 8);

        await TrackViewsAsync(learner, _design.Courses.Take(2), times: 2);
        var after = await RecommendAsync(other, first: 8);

        Assert.Equal(before.Select(CourseOf), after.Select(CourseOf));
        Assert.Equal(before.Select(ReasonTextOf), after.Select(ReasonTextOf));
    }

    [Fact]
    public async Task GivesPopularCoursesToAKnownLearnerWhoActedAndThenWithdrewConsent()
    {
        await TrainedOnTwoTopicsAsync();
        var learner = await SignInAsync("o_learner_0");
        await TrackViewsAsync(learner, _design.Courses.Take(2), times: 2);
        await ConsentAsync(learner, interests: [], consent: false);

        var picks = await RecommendAsync(learner, first: 5);
        var anonymous = await RecommendAsync(null, first: 5);

        Assert.All(picks, pick => Assert.Equal("POPULAR_IN", pick.GetProperty("reason").GetProperty("kind").GetString()));
        Assert.Equal(anonymous.Select(CourseOf), picks.Select(CourseOf));
    }

    [Fact]
    public async Task GivesPopularCoursesAndStoresNothingWhenConsentIsWithdrawn()
    {
        await TrainedOnTwoTopicsAsync();
        var learner = await ConsentAsync(await SignInAsync("o_newcomer"), interests: [_design.TagId]);
        await ConsentAsync(learner, interests: [_design.TagId], consent: false);
        var stored = await App.ReadAsync(db => db.BehaviourEvents.CountAsync());

        await TrackViewsAsync(learner, _design.Courses.Take(1), times: 1);
        var picks = await RecommendAsync(learner, first: 5);
        var anonymous = await RecommendAsync(null, first: 5);

        Assert.Equal(stored, await App.ReadAsync(db => db.BehaviourEvents.CountAsync()));
        Assert.All(picks, pick => Assert.Equal("POPULAR_IN", pick.GetProperty("reason").GetProperty("kind").GetString()));
        Assert.Equal(anonymous.Select(CourseOf), picks.Select(CourseOf));
    }

    [Fact]
    public async Task ARunningRecommenderExperimentServesItsPopularVariantToTheLearnersAssignedItAndLogsTheirExposure()
    {
        await TrainedOnTwoTopicsAsync();
        var learners = await LearnersOfARunningRecommenderExperimentAsync(
            "recommender-strategy", new { key = "control", weight = 50 }, new { key = "popular", weight = 50, payload = """{"strategy":"popular"}""" });

        var personalised = await RecommendAsync(await ConsentAsync(learners["control"], interests: [_design.TagId]), first: 4);
        var popular = await RecommendAsync(await ConsentAsync(learners["popular"], interests: [_design.TagId]), first: 4);
        var anonymous = await RecommendAsync(null, first: 4);

        Assert.Equal("MATCHES_YOUR_INTEREST", personalised[0].GetProperty("reason").GetProperty("kind").GetString());
        Assert.All(popular, pick => Assert.Equal("POPULAR_IN", pick.GetProperty("reason").GetProperty("kind").GetString()));
        Assert.Equal(anonymous.Select(CourseOf), popular.Select(CourseOf));
        Assert.NotEqual(personalised.Select(CourseOf), popular.Select(CourseOf));
        Assert.Equal(
            ["control", "popular"],
            await App.ReadAsync(db => db.ExperimentExposures.OrderBy(x => x.VariantKey).Select(x => x.VariantKey).ToListAsync()));
    }

    [Fact]
    public async Task AnAlgorithmArmServesTheModelTrainedWithItsAlgorithmOnceTrainedAndAPurchaseCountsAsItsConversion()
    {
        var admin = await TrainedOnTwoTopicsAsync();
        var learners = await LearnersOfARunningRecommenderExperimentAsync(
            "recommender-algorithm",
            new { key = "control", weight = 50 },
            new { key = "machine", weight = 50, payload = """{"algorithm":"FieldAwareFactorizationMachine"}""" });
        var control = await ConsentAsync(learners["control"], interests: [_design.TagId]);
        var machine = await ConsentAsync(learners["machine"], interests: [_design.TagId]);

        var beforeArmTraining = (Control: await RecommendAsync(control, first: 4), Machine: await RecommendAsync(machine, first: 4));
        var served = await TrainAsync(admin);
        var afterArmTraining = (Control: await RecommendAsync(control, first: 4), Machine: await RecommendAsync(machine, first: 4));
        var armModel = App.Services.GetRequiredService<ArmModelHolder>().For(RecommenderAlgorithm.FieldAwareFactorizationMachine);
        var machineUserId = GlobalId.DecodeOf("User", machine.UserId);
        var order = Order.Place(
            machineUserId,
            PricingEngine.Price([new PricingLine(OfferRef.ForCourse(GlobalId.DecodeOf("Course", _design.Courses[0])), "A/B", 4900, PriceGuardrails.None, [GlobalId.DecodeOf("Course", _design.Courses[0])], [])], null),
            $"client-{Guid.NewGuid():N}",
            PaymentChannel.WeChatPayJsapi,
            App.Clock.GetUtcNow(),
            TimeSpan.FromMinutes(30));
        order.MarkPaid($"42{Guid.NewGuid():N}", App.Clock.GetUtcNow().AddHours(1));
        order.ClearDomainEvents();
        await App.AddAsync(order);
        var results = (await admin.Client.QueryAsync(
                "query { experimentResults(key: \"recommender-algorithm\") { variants { key exposedUsers conversions } } }"))
            .GetProperty("experimentResults").GetProperty("variants").EnumerateArray()
            .ToDictionary(v => v.GetProperty("key").GetString()!, v => (v.GetProperty("exposedUsers").GetInt64(), v.GetProperty("conversions").GetInt64()));

        Assert.Equal(beforeArmTraining.Control.Select(ScoreOf), beforeArmTraining.Machine.Select(ScoreOf));
        Assert.NotNull(armModel);
        Assert.Equal(served.GetProperty("version").GetInt64() + 1, armModel.Version);
        Assert.NotEqual(afterArmTraining.Control.Select(ScoreOf), afterArmTraining.Machine.Select(ScoreOf));
        Assert.Equal((1L, 0L), results["control"]);
        Assert.Equal((1L, 1L), results["machine"]);
    }

    [Fact]
    public async Task GivesAnonymousCallersThePopularCoursesOfTheContextPageByPage()
    {
        await TrainedOnTwoTopicsAsync();
        var context = new { categoryId = _design.CategoryId };

        var first = (await Client.QueryAsync(RecommendationsQuery, new { first = 2, context })).GetProperty("recommendations");
        var second = (await Client.QueryAsync(RecommendationsQuery, new
        {
            first = 2,
            after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString(),
            context,
        })).GetProperty("recommendations");

        var picks = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(4, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(_design.Courses.Order(), picks.Select(CourseOf).Order());
        Assert.All(picks, pick => Assert.StartsWith("Popular in #", pick.GetProperty("reason").GetProperty("text").GetString()));
        Assert.True(picks[0].GetProperty("score").GetDouble() >= picks[3].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task ListsCoursesOfTheSameTopicAsSimilarCourses()
    {
        await TrainedOnTwoTopicsAsync();

        var similar = (await Client.QueryAsync(
                "query($id: ID!) { course(id: $id) { similarCourses(first: 3) { course { id category { id } } reason { kind relatedCourse { id } } } } }",
                new { id = _data.Courses[0] }))
            .GetProperty("course").GetProperty("similarCourses").EnumerateArray().ToList();

        Assert.Equal(3, similar.Count);
        Assert.DoesNotContain(_data.Courses[0], similar.Select(CourseOf));
        Assert.All(similar, s => Assert.Equal(_data.CategoryId, CategoryOf(s)));
        Assert.All(similar, s => Assert.Equal(_data.Courses[0], s.GetProperty("reason").GetProperty("relatedCourse").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task LetsOnlyAdminsTrainAndInspectTheModel()
    {
        await TrainedOnTwoTopicsAsync();
        var learner = await SignInAsync("o_newcomer");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var trainAsLearner = await learner.Client.PostGraphQLAsync(TrainMutation);
        var modelAsLearner = await learner.Client.PostGraphQLAsync("{ recommenderModel { version } }");
        var model = (await admin.Client.QueryAsync("{ recommenderModel { version interactions users courses } }")).GetProperty("recommenderModel");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], trainAsLearner.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], modelAsLearner.ErrorCodes);
        Assert.Equal(8, model.GetProperty("courses").GetInt32());
        Assert.Equal(6, model.GetProperty("users").GetInt32());
        Assert.Equal(6 * 4, model.GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task SwapsInTheNewModelWhileRecommendationsAreServed()
    {
        var admin = await TrainedOnTwoTopicsAsync();
        var version = await VersionAsync(admin);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var answers = 0;
            while (!stop.IsCancellationRequested || answers == 0)
            {
                Assert.Equal(4, (await RecommendAsync(null, first: 4)).Count);
                answers++;
            }

            return answers;
        })).ToArray();

        var trained = await TrainAsync(admin);
        await stop.CancelAsync();

        Assert.All(await Task.WhenAll(readers), answers => Assert.True(answers > 0));
        Assert.Equal(version + 1, trained.GetProperty("version").GetInt64());
        Assert.Equal(version + 1, await VersionAsync(admin));
    }

    [Fact]
    public async Task PredictsTheStarsALearnerWouldGiveFromTheirAndOthersReviewsOnceTrained()
    {
        var topic = await TopicAsync("数据分析", "SQL", extra: false);
        var (loved, disliked) = (topic.Courses[0], topic.Courses[1]);
        var learner = await ConsentAsync(await SignInAsync("o_rater"), interests: []);
        await SeedReviewsAsync(topic, (learner, [4, 3]));
        var beforeTraining = await PredictedAsync(learner.Client, loved);

        await TrainAsync(await SignInAsync(KnowledgePayApp.AdminOpenId));

        Assert.Null(beforeTraining);
        var (forLoved, forDisliked) = (await PredictedAsync(learner.Client, loved), await PredictedAsync(learner.Client, disliked));
        Assert.NotNull(forLoved);
        Assert.NotNull(forDisliked);
        Assert.True(forLoved > forDisliked + 1, $"Predicted {forLoved} for the course rated 5 and {forDisliked} for the one rated 1.");
        Assert.InRange(forLoved!.Value, 1, 5);
    }

    [Fact]
    public async Task PredictsHigherStarsForTheViewerWhoRatesHigherAndNoneWithoutConsentOrForAnonymousCallers()
    {
        var topic = await TopicAsync("数据分析", "SQL", extra: false);
        var course = topic.Courses[0];
        var fan = await ConsentAsync(await SignInAsync("o_fan"), interests: []);
        var critic = await ConsentAsync(await SignInAsync("o_critic"), interests: []);
        var withdrawn = await ConsentAsync(await SignInAsync("o_withdrawn"), interests: []);
        await SeedReviewsAsync(topic, (fan, [5, 5]), (critic, [1, 1]), (withdrawn, [4, 4]));
        await TrainAsync(await SignInAsync(KnowledgePayApp.AdminOpenId));
        var whileConsenting = await PredictedAsync(withdrawn.Client, course);

        await ConsentAsync(withdrawn, interests: [], consent: false);

        var (forFan, forCritic) = (await PredictedAsync(fan.Client, course), await PredictedAsync(critic.Client, course));
        Assert.True(forFan > forCritic + 0.5, $"Predicted {forFan} for the learner who gave 5 stars and {forCritic} for the one who gave 1.");
        Assert.NotNull(whileConsenting);
        Assert.Null(await PredictedAsync(withdrawn.Client, course));
        Assert.Null(await PredictedAsync(Client, course));
    }

    [Fact]
    public async Task PredictedRatingTakesNoArgumentSoNobodyCanAskForAnotherLearnersPrediction()
    {
        var fields = (await Client.QueryAsync("""{ __type(name: "Course") { fields { name args { name } } } }"""))
            .GetProperty("__type").GetProperty("fields").EnumerateArray();

        var predictedRating = Assert.Single(fields, field => field.GetProperty("name").GetString() == "predictedRating");
        Assert.Empty(predictedRating.GetProperty("args").EnumerateArray());
    }

    [Fact]
    public async Task PredictsTheRatingsOfAListOfCoursesWithOneMoreSqlStatementWhateverItsLength()
    {
        var topic = await TopicAsync("数据分析", "SQL", extra: false);
        var learner = await ConsentAsync(await SignInAsync("o_lister"), interests: []);
        await SeedReviewsAsync(topic, (learner, [4, 3]));
        await TrainAsync(await SignInAsync(KnowledgePayApp.AdminOpenId));

        var withoutPrediction = await SqlStatementsAsync(learner, "{ courses(first: 20) { nodes { id } } }");
        var withPrediction = await SqlStatementsAsync(learner, "{ courses(first: 20) { nodes { id predictedRating } } }");

        Assert.Equal(withoutPrediction + 1, withPrediction);
    }

    /// <summary>
    /// Six reviewers who rate the topic's four courses 5, 1, 4 and 3 stars, and each learner's own stars for the last two.
    /// </summary>
    private async Task SeedReviewsAsync(Topic topic, params (Session Learner, int[] Stars)[] learners)
    {
        var now = DateTimeOffset.UtcNow;
        var seeded = new List<object>();
        foreach (var index in Enumerable.Range(0, 6))
        {
            var reviewer = User.SignUp($"o_reviewer_{index}", null, EncryptedSessionKey.Of("test", now), now);
            reviewer.SetPersonalisationConsent(true, "test", DateTimeOffset.UtcNow);
            seeded.Add(reviewer);
            foreach (var (course, stars) in topic.Courses.Zip([5, 1, 4, 3]))
            {
                var courseId = GlobalId.DecodeOf("Course", course);
                seeded.Add(BehaviourEvent.Track(reviewer.Id, $"v-{course}", BehaviourEventKind.View, courseId, null, null, null, now.AddHours(-1), now));
                seeded.Add(Review.Submit(courseId, reviewer.Id, stars, null, ModerationStatus.Visible, null, now));
            }
        }

        foreach (var (learner, stars) in learners)
        {
            var learnerId = GlobalId.Decode(learner.UserId).Id;
            seeded.AddRange(topic.Courses[2..].Zip(stars).Select(pair =>
                Review.Submit(GlobalId.DecodeOf("Course", pair.First), learnerId, pair.Second, null, ModerationStatus.Visible, null, now)));
        }

        await App.AddAsync([.. seeded]);
    }

    private async Task<int> SqlStatementsAsync(Session session, string query)
    {
        App.SqlCommands.Reset();
        await session.Client.QueryAsync(query);
        return App.SqlCommands.Count;
    }

    [Fact]
    public async Task RefusesToTrainWithoutBehaviour()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var payload = (await admin.Client.QueryAsync(TrainMutation)).GetProperty("trainRecommender");

        Assert.Equal(["RecommenderNoBehaviourError"], payload.PayloadErrors().Select(e => e.Type));
    }

    /// <summary>Two topics of four courses, six learners (three per topic) who each viewed every course of theirs, and a trained model.</summary>
    private async Task<Session> TrainedOnTwoTopicsAsync(bool untouchedDesignCourse = false)
    {
        _data = await TopicAsync("数据分析", "SQL", extra: false);
        _design = await TopicAsync("设计", "Figma", untouchedDesignCourse);
        var now = DateTimeOffset.UtcNow;
        var learners = new List<object>();
        foreach (var (topic, index) in new[] { _data, _data, _data, _design, _design, _design }.Select((t, i) => (t, i)))
        {
            var user = User.SignUp($"o_learner_{index}", null, EncryptedSessionKey.Of("test", now), now);
            user.SetPersonalisationConsent(true, "test", DateTimeOffset.UtcNow);
            learners.Add(user);
            learners.AddRange(topic.Courses.Take(4).Select((course, n) => BehaviourEvent.Track(
                user.Id, $"e{n}", BehaviourEventKind.View, GlobalId.DecodeOf("Course", course), null, null, null, now.AddHours(-1), now)));
        }

        await App.AddAsync([.. learners]);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await TrainAsync(admin);
        return admin;
    }

    /// <summary>
    /// Data courses taken by 6, 5, 4 and 3 of six learners (so their popularity has one order), the design courses by
    /// two other learners, and a trained model.
    /// </summary>
    private async Task TrainedOnAPopularAndANicheTopicAsync()
    {
        _data = await TopicAsync("数据分析", "SQL", extra: false);
        _design = await TopicAsync("设计", "Figma", extra: false);
        var now = DateTimeOffset.UtcNow;
        var learners = new List<object>();
        var taken = Enumerable.Range(0, 6).Select(i => _data.Courses[..Math.Min(4, i + 1)])
            .Concat(Enumerable.Repeat(_design.Courses, 2))
            .Select((courses, index) => (courses, index));
        foreach (var (courses, index) in taken)
        {
            var user = User.SignUp($"o_learner_{index}", null, EncryptedSessionKey.Of("test", now), now);
            user.SetPersonalisationConsent(true, "test", now);
            learners.Add(user);
            learners.AddRange(courses.Select((course, n) => BehaviourEvent.Track(
                user.Id, $"e{n}", BehaviourEventKind.View, GlobalId.DecodeOf("Course", course), null, null, null, now.AddHours(-1), now)));
        }

        await App.AddAsync([.. learners]);
        await TrainAsync(await SignInAsync(KnowledgePayApp.AdminOpenId));
    }

    /// <summary>
    /// Six learners viewed every data course on Android 36 hours ago, four learners every design course on iOS 24 hours ago
    /// (the same time of day as now), and a model trained on them.
    /// </summary>
    private async Task TrainedOnTopicsTakenOnTwoPlatformsAtTwoTimesOfDayAsync(Session admin)
    {
        _data = await TopicAsync("数据分析", "SQL", extra: false);
        _design = await TopicAsync("设计", "Figma", extra: false);
        var now = App.Clock.GetUtcNow();
        var learners = new List<object>();
        var taken = Enumerable.Repeat((_data, "android", now.AddHours(-36)), 6).Concat(Enumerable.Repeat((_design, "ios", now.AddHours(-24)), 4));
        foreach (var ((topic, platform, at), index) in taken.Select((taking, index) => (taking, index)))
        {
            var user = User.SignUp($"o_learner_{index}", null, EncryptedSessionKey.Of("test", now), now);
            user.SetPersonalisationConsent(true, "test", now);
            learners.Add(user);
            learners.AddRange(topic.Courses.Select((course, n) => BehaviourEvent.Track(
                user.Id, $"e{n}", BehaviourEventKind.View, GlobalId.DecodeOf("Course", course), null, null, null, at, now, platform)));
        }

        await App.AddAsync([.. learners]);
        await TrainAsync(admin);
    }

    private async Task<Topic> TopicAsync(string categoryName, string tagName, bool extra)
    {
        var (category, tag, creator) = (ACategory(categoryName), ATag(tagName), ACreator());
        var courses = Enumerable.Range(0, extra ? 5 : 4)
            .Select(_ => ACourse().By(creator).In(category).TaggedWith(tag).Published().Build())
            .ToList();
        await App.AddAsync([category, tag, creator, .. courses]);
        var ids = courses.Select(c => GlobalId.Encode("Course", c.Id)).ToList();
        return new Topic(
            GlobalId.Encode("Category", category.Id), GlobalId.Encode("Tag", tag.Id), ids[..4], extra ? ids[4] : null, category, tag, creator);
    }

    /// <summary>
    /// Starts a recommender experiment with <paramref name="variants"/> and signs in a learner assigned to each variant,
    /// keyed by variant.
    /// </summary>
    private async Task<Dictionary<string, Session>> LearnersOfARunningRecommenderExperimentAsync(string key, params object[] variants)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var created = (await admin.Client.QueryAsync(
            "mutation($input: CreateExperimentInput!) { createExperiment(input: $input) { experiment { id } errors { __typename } } }",
            new
            {
                input = new
                {
                    key,
                    experiment = new { name = key, surface = "RECOMMENDER", primaryMetric = "CONVERSION", conversionWindowDays = 7, variants },
                },
            })).GetProperty("createExperiment");
        var started = (await admin.Client.QueryAsync(
            "mutation($id: ID!) { startExperiment(input: { experimentId: $id }) { errors { __typename } } }",
            new { id = created.GetProperty("experiment").GetProperty("id").GetString() })).GetProperty("startExperiment");
        Assert.Empty(created.PayloadErrors());
        Assert.Empty(started.PayloadErrors());
        var experiment = await App.ReadAsync(db => db.Experiments.AsNoTracking().SingleAsync(e => e.Key == key));
        var learners = new Dictionary<string, Session>();
        for (var i = 0; learners.Count < variants.Length && i < 40; i++)
        {
            var learner = await SignInAsync($"o_{key}_{i}");
            App.Services.GetRequiredService<ResettableLoginThrottle>().Reset();
            learners.TryAdd(experiment.Assign(GlobalId.Decode(learner.UserId).Id)!.Key, learner);
        }

        return learners;
    }

    private static async Task<JsonElement> TrainAsync(Session admin)
    {
        var payload = (await admin.Client.QueryAsync(TrainMutation)).GetProperty("trainRecommender");
        Assert.Empty(payload.PayloadErrors());
        return payload.GetProperty("model");
    }

    private static async Task<long> VersionAsync(Session admin) =>
        (await admin.Client.QueryAsync("{ recommenderModel { version } }")).GetProperty("recommenderModel").GetProperty("version").GetInt64();

    /// <summary>The served model once one newer than <paramref name="version"/> is in service (the background trainer's).</summary>
    private static async Task<JsonElement> ModelNewerThanAsync(Session admin, long version)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var model = (await admin.Client.QueryAsync("{ recommenderModel { version trainedBecause } }")).GetProperty("recommenderModel");
            if (model.GetProperty("version").GetInt64() > version)
            {
                return model;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"No model newer than version {version} was trained within 30 s.");
    }

    private async Task<List<JsonElement>> RecommendAsync(Session? session, int first) =>
        [.. (await (session?.Client ?? Client).QueryAsync(RecommendationsQuery, new { first }))
            .GetProperty("recommendations").GetProperty("nodes").EnumerateArray()];

    private static async Task<double?> PredictedAsync(HttpClient client, string courseId)
    {
        var course = (await client.QueryAsync("query($id: ID!) { course(id: $id) { predictedRating } }", new { id = courseId })).GetProperty("course");
        return course.GetProperty("predictedRating").ValueKind == JsonValueKind.Null ? null : course.GetProperty("predictedRating").GetDouble();
    }

    private static async Task<Session> ConsentAsync(Session session, IReadOnlyList<string> interests, bool consent = true)
    {
        var updated = (await session.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { gender = "UNSPECIFIED", ageBand = "UNSPECIFIED", interestTagIds = interests, personalisationConsent = consent } }))
            .GetProperty("updateProfile");
        Assert.Empty(updated.PayloadErrors());
        return session;
    }

    private static async Task TrackViewsAsync(Session session, IEnumerable<string> courses, int times)
    {
        var events = courses
            .SelectMany(course => Enumerable.Range(0, times).Select(n => new
            {
                id = $"{course}-{n}",
                kind = n % 2 == 0 ? "VIEW" : "FAVOURITE",
                courseId = course,
                occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            }))
            .ToArray();
        await session.Client.QueryAsync(
            "mutation($input: TrackEventsInput!) { trackEvents(input: $input) { stored } }", new { input = new { events } });
    }

    private static double ScoreOf(JsonElement pick) => pick.GetProperty("score").GetDouble();

    private static string CourseOf(JsonElement pick) => pick.GetProperty("course").GetProperty("id").GetString()!;

    private static string? ReasonTextOf(JsonElement pick) => pick.GetProperty("reason").GetProperty("text").GetString();

    private static string CategoryOf(JsonElement pick) =>
        pick.GetProperty("course").GetProperty("category").GetProperty("id").GetString()!;

    private sealed record Topic(
        string CategoryId, string TagId, List<string> Courses, string? Untouched, Category Category, Tag Tag, Creator Creator);
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationTestsOnSqlite(SqliteApp app) : RecommendationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class RecommendationTestsOnPostgreSql(PostgreSqlApp app) : RecommendationTests(app);
