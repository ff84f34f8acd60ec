using System.Text.Json;
using KnowledgePay.Application.Privacy;
using KnowledgePay.Application.Privacy.Commands.EraseDueAccounts;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Privacy;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.FunctionalTests.Privacy;

/// <summary>
/// Account deletion end to end: the cooling-off, the cancel within it, and the privacy sweep's erasure, which leaves no
/// personal data in any table while the books still balance and other users keep theirs.
/// </summary>
public abstract class AccountErasureTests(KnowledgePayApp app) : OrdersTest(app)
{
    private const string Fields = "id userId kind status requestedAt completedAt cancelledAt erasableAt";

    private const string Failure = "errors { __typename ... on Error { code } }";

    private static readonly TimeSpan CoolingOff = TimeSpan.FromDays(15);

    /// <summary>
    /// Where the erased account's pseudonymous id may stay: itself, the records that it was asked and done, money and what
    /// money bought (bookkeeping law), its revoked tokens, its reviews kept anonymously, and the evidence of the consent the
    /// processing rested on (agreement acceptances and personalisation consent changes, ADR 0042).
    /// </summary>
    private static readonly HashSet<string> PseudonymousTables =
    [
        "Users", "PrivacyRequests", "AuditEntries", "OutboxMessages", "RefreshTokens",
        "Orders", "PaymentLedger", "JournalPostings", "Enrollments", "Reviews", "LessonComments",
        "AgreementAcceptances", "PersonalisationConsentChanges",
    ];

    [Fact]
    public async Task StartsTheCoolingOffWhenTheUserAsksForDeletion()
    {
        var alice = await SignInAsync("o_erase_alice");

        var requested = await MutateAsync(alice, "requestAccountDeletion");

        var request = requested.GetProperty("privacyRequest");
        Assert.Empty(requested.PayloadErrors());
        Assert.Equal(
            request.GetProperty("requestedAt").GetDateTimeOffset() + CoolingOff,
            request.GetProperty("erasableAt").GetDateTimeOffset());
        Assert.Equal(0, await EraseDueAsync());
        Assert.Equal("PENDING", (await MyRequestsAsync(alice)).Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task KeepsTheAccountWhenTheUserCancelsWithinTheCoolingOff()
    {
        var alice = await ProfiledLearnerAsync("o_erase_alice", "AliceErasable");
        await MutateAsync(alice, "requestAccountDeletion");
        App.Clock.Advance(CoolingOff - TimeSpan.FromHours(1));

        var cancelled = await MutateAsync(alice, "cancelAccountDeletion");
        App.Clock.Advance(TimeSpan.FromDays(1));
        var erased = await EraseDueAsync();

        Assert.Empty(cancelled.PayloadErrors());
        Assert.Equal(0, erased);
        Assert.Equal("AliceErasable", (await alice.Client.QueryAsync("{ me { profile { nickname } } }"))
            .GetProperty("me").GetProperty("profile").GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task ErasesEveryPersonalTraceButKeepsTheBooksBalancedWhenTheSweepRunsAfterTheCoolingOff()
    {
        var course = await AddPaidCourseAsync();
        var alice = await ActiveLearnerAsync("o_erase_alice", "AliceErasable", course, "Alice says the teacher is great");
        var bob = await ActiveLearnerAsync("o_erase_bob", "BobKeeps", course, "Bob says it is fine");
        var admin = await AdminAsync();
        var aliceId = GlobalId.DecodeOf("User", alice.UserId);
        var simulated = await App.WeChat.UserAsync("o_erase_alice");
        var requestId = (await MutateAsync(alice, "requestAccountDeletion")).GetProperty("privacyRequest").GetProperty("id").GetString();
        App.Clock.Advance(CoolingOff + TimeSpan.FromMinutes(1));

        var erased = await EraseDueAsync();

        Assert.Equal(1, erased);
        Assert.Empty(await PersonalDataScan.FindAsync(App, [
            "o_erase_alice", simulated.GetProperty("unionid").GetString()!, simulated.GetProperty("phone").GetString()!,
            "AliceErasable", "alice-avatar"]));
        Assert.Empty(await PersonalDataScan.FindAsync(App, [aliceId.ToString()], PseudonymousTables));
        await AssertLedgerBalancedAsync(admin, paidFen: 2 * 4900);
        Assert.True((await admin.Client.QueryAsync("{ books { balanced } }")).GetProperty("books").GetProperty("balanced").GetBoolean());
        var bobId = GlobalId.DecodeOf("User", bob.UserId);
        Assert.Equal("BobKeeps", await App.ReadAsync(async db => (await db.Users.SingleAsync(u => u.Id == bobId)).Profile.Nickname));
        Assert.Equal([bobId], await App.ReadAsync(db => db.BehaviourEvents.Select(e => e.UserId).Distinct().ToListAsync()));
        Assert.Equal(
            ("COMPLETED", requestId),
            (await admin.Client.QueryAsync("{ privacyRequests(where: { kind: { eq: ACCOUNT_DELETION } }) { nodes { id status } } }"))
                .Nodes("privacyRequests").Select(n => (n.GetProperty("status").GetString(), n.GetProperty("id").GetString())).Single());
        Assert.Equal(["Alice says the teacher is great", "Bob says it is fine"], (await ReviewTextsAsync(course.Id)).Order());
    }

    [Fact]
    public async Task ErasesOnceWhenTwoSweepersRunAtOnce()
    {
        var alice = await ProfiledLearnerAsync("o_erase_alice", "AliceErasable");
        await MutateAsync(alice, "requestAccountDeletion");
        App.Clock.Advance(CoolingOff);

        var erased = await Task.WhenAll(Task.Run(EraseDueAsync), Task.Run(EraseDueAsync));

        Assert.Equal(1, erased.Sum());
        Assert.Equal(
            (PrivacyRequestStatus.Completed, 2),
            await App.ReadAsync(async db => ((await db.PrivacyRequests.SingleAsync()).Status,
                await db.AuditEntries.CountAsync(e => e.Action == "AccountErased" || e.Action == "PrivacyRequestCompleted"))));
    }

    [Fact]
    public async Task EndsEverySessionAndSignsUpAFreshAccountWhenTheErasedUserLogsInAgain()
    {
        var alice = await ProfiledLearnerAsync("o_erase_alice", "AliceErasable");
        await MutateAsync(alice, "requestAccountDeletion");
        App.Clock.Advance(CoolingOff);
        await EraseDueAsync();
        await App.DrainOutboxAsync();

        var refreshed = (await Client.QueryAsync(
            $"mutation($token: String!) {{ refreshToken(input: {{ refreshToken: $token }}) {{ accessToken {Failure} }} }}",
            new { token = alice.RefreshToken })).GetProperty("refreshToken");
        var me = await alice.Client.PostGraphQLAsync("{ me { id } }");
        App.Clock.Reset(); // Access tokens are checked against the real time: a token issued 15 days ahead is not valid yet.
        var again = await SignInAsync("o_erase_alice");

        Assert.Equal([("RefreshTokenRevokedError", "REFRESH_TOKEN_REVOKED")], refreshed.PayloadErrors());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], me.ErrorCodes);
        Assert.NotEqual(alice.UserId, again.UserId);
        Assert.Null((await again.Client.QueryAsync("{ me { profile { nickname } } }")).GetProperty("me").GetProperty("profile").GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task LeavesTheErasedUserOutOfTheRecommendersNextTraining()
    {
        var course = await AddPaidCourseAsync();
        var alice = await ActiveLearnerAsync("o_erase_alice", "AliceErasable", course, "Alice says the teacher is great");
        var bob = await ActiveLearnerAsync("o_erase_bob", "BobKeeps", course, "Bob says it is fine");
        await MutateAsync(alice, "requestAccountDeletion");
        var before = await TrainingUsersAsync();
        App.Clock.Advance(CoolingOff);

        await EraseDueAsync();

        var aliceKey = GlobalId.DecodeOf("User", alice.UserId).ToString();
        var bobKey = GlobalId.DecodeOf("User", bob.UserId).ToString();
        Assert.Contains(aliceKey, before);
        Assert.Equal([bobKey], await TrainingUsersAsync());
    }

    [Fact]
    public async Task RemovesTheErasedUsersReviewsAndTheirStarsWhenConfiguredToRemove()
    {
        var course = await AddPaidCourseAsync();
        var alice = await ActiveLearnerAsync("o_erase_alice", "AliceErasable", course, "Alice says the teacher is great");
        await ActiveLearnerAsync("o_erase_bob", "BobKeeps", course, "Bob says it is fine");
        await MutateAsync(alice, "requestAccountDeletion");
        App.Clock.Advance(CoolingOff);
        var options = App.Services.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        options.ErasedReviews = ErasedReviews.Remove;
        try
        {
            await EraseDueAsync();
        }
        finally
        {
            options.ErasedReviews = ErasedReviews.Anonymise;
        }

        Assert.Empty(await PersonalDataScan.FindAsync(App, ["Alice says the teacher"]));
        Assert.Equal(["Bob says it is fine"], await ReviewTextsAsync(course.Id));
        Assert.Equal(["Bob says it is fine in a comment"], await App.ReadAsync(db => db.LessonComments.Where(c => c.DeletedAt == null).Select(c => c.Text).ToListAsync()));
        Assert.Equal(1, await App.ReadAsync(async db => (await db.Courses.SingleAsync(c => c.Id == course.Id)).Rating.Count));
    }

    [Fact]
    public async Task ReturnsLastAdminAndStoresNothingWhenTheOnlyAdminAsksForDeletion()
    {
        var admin = await AdminAsync();

        var requested = await MutateAsync(admin, "requestAccountDeletion");

        Assert.Equal([("LastAdminError", "PRIVACY_LAST_ADMIN")], requested.PayloadErrors());
        Assert.Equal(JsonValueKind.Null, requested.GetProperty("privacyRequest").ValueKind);
        Assert.Equal(0, await App.ReadAsync(db => db.PrivacyRequests.CountAsync()));
    }

    [Fact]
    public async Task LetsAnAdminAskForDeletionWhenAnotherAdminRemains()
    {
        var admin = await AdminAsync();
        var other = User.SignUp("o_second_admin", null, EncryptedSessionKey.Of("cipher", DateTimeOffset.UtcNow), DateTimeOffset.UtcNow);
        other.Grant(Role.Admin);
        await App.AddAsync(other);

        var requested = await MutateAsync(admin, "requestAccountDeletion");

        Assert.Empty(requested.PayloadErrors());
        Assert.Equal("PENDING", requested.GetProperty("privacyRequest").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ShowsALearnerOnlyTheirOwnRequestsAndTheirCoolingOff()
    {
        var alice = await SignInAsync("o_erase_alice");
        var bob = await SignInAsync("o_erase_bob");
        await MutateAsync(alice, "requestAccountDeletion");

        var bobs = await MyRequestsAsync(bob);
        var alices = await MyRequestsAsync(alice);

        Assert.Empty(bobs);
        Assert.Equal(JsonValueKind.String, Assert.Single(alices).GetProperty("erasableAt").ValueKind);
    }

    [Fact]
    public async Task AnswersNotAuthenticatedAndKeepsTheDeletionWhenCancellingWithoutSigningIn()
    {
        var alice = await SignInAsync("o_erase_alice");
        await MutateAsync(alice, "requestAccountDeletion");

        var response = await Client.PostGraphQLAsync("mutation { cancelAccountDeletion { privacyRequest { id } } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(["PENDING"], (await MyRequestsAsync(alice)).Select(r => r.GetProperty("status").GetString()));
    }

    private async Task<int> EraseDueAsync() => await RunSystemCommandAsync(new EraseDueAccountsCommand(50));

    /// <summary>A learner with a nickname, an avatar, a bound phone and personalisation consent.</summary>
    private async Task<Session> ProfiledLearnerAsync(string openId, string nickname)
    {
        var session = await SignInAsync(openId);
        var profiled = (await session.Client.QueryAsync(
            $"mutation($input: UpdateProfileInput!) {{ updateProfile(input: $input) {{ {Failure} }} }}",
            new
            {
                input = new
                {
                    nickname,
                    avatarUrl = $"https://cdn.example.com/{nickname.ToLowerInvariant()[..5]}-avatar.png",
                    gender = "FEMALE",
                    ageBand = "FROM_25_TO_34",
                    city = "Hangzhou",
                    interestTagIds = Array.Empty<string>(),
                    personalisationConsent = true,
                },
            })).GetProperty("updateProfile");
        Assert.Empty(profiled.PayloadErrors());
        var code = await App.WeChat.PhoneCodeAsync(openId);
        Assert.Empty((await session.Client.QueryAsync(
            $"mutation($code: String!) {{ bindPhone(input: {{ code: $code }}) {{ {Failure} }} }}", new { code })).GetProperty("bindPhone").PayloadErrors());
        return session;
    }

    /// <summary>A profiled learner who bought the course, viewed, favourited, shared, reviewed and commented on it, and consented to marketing.</summary>
    private async Task<Session> ActiveLearnerAsync(string openId, string nickname, Course course, string review)
    {
        var session = await ProfiledLearnerAsync(openId, nickname);
        var order = await CheckedOutOrderAsync(session, course.Id);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(session.Client, Id(order), "PAID")));
        await App.DrainOutboxAsync();
        var courseId = GlobalId.Encode("Course", course.Id);
        var tracked = (await session.Client.QueryAsync(
            $"mutation($input: TrackEventsInput!) {{ trackEvents(input: $input) {{ {Failure} }} }}",
            new { input = new { events = new[] { new { id = $"{openId}-view", kind = "VIEW", courseId, occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1), context = "course-page" } } } }))
            .GetProperty("trackEvents");
        Assert.Empty(tracked.PayloadErrors());
        var reviewed = (await session.Client.QueryAsync(
            $"mutation($input: ReviewCourseInput!) {{ reviewCourse(input: $input) {{ {Failure} }} }}",
            new { input = new { courseId, stars = 5, text = review } })).GetProperty("reviewCourse");
        Assert.Empty(reviewed.PayloadErrors());
        var lessonId = GlobalId.Encode("Lesson", course.Chapters.SelectMany(c => c.Lessons).OrderBy(l => l.Position).First().Id);
        Assert.Empty((await session.Client.QueryAsync(
            $"mutation($input: CommentOnLessonInput!) {{ commentOnLesson(input: $input) {{ {Failure} }} }}",
            new { input = new { lessonId, text = $"{review} in a comment" } })).GetProperty("commentOnLesson").PayloadErrors());
        await session.Client.QueryAsync("mutation($input: FavoriteCourseInput!) { favoriteCourse(input: $input) { isFavorite } }", new { input = new { courseId } });
        Assert.Empty((await session.Client.QueryAsync(
            $"mutation($input: ShareLinkInput!) {{ shareLink(input: $input) {{ {Failure} }} }}", new { input = new { courseId } }))
            .GetProperty("shareLink").PayloadErrors());
        Assert.Empty((await session.Client.QueryAsync(
            $"mutation {{ setMarketingConsent(input: {{ granted: true, source: \"profile\" }}) {{ {Failure} }} }}"))
            .GetProperty("setMarketingConsent").PayloadErrors());
        return session;
    }

    private Task<List<string?>> ReviewTextsAsync(Guid courseId) =>
        App.ReadAsync(db => db.Reviews.Where(r => r.CourseId == courseId).Select(r => r.Text).ToListAsync());

    private async Task<IReadOnlyList<string>> TrainingUsersAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var set = await scope.ServiceProvider.GetRequiredService<IRecommenderTrainingData>().LoadAsync(CancellationToken.None);
        return [.. set.Users.Select(u => u.UserKey).Order()];
    }

    private static async Task<JsonElement> MutateAsync(Session session, string mutation) =>
        (await session.Client.QueryAsync($"mutation {{ {mutation} {{ privacyRequest {{ {Fields} }} {Failure} }} }}")).GetProperty(mutation);

    private static async Task<IReadOnlyList<JsonElement>> MyRequestsAsync(Session session) =>
        [.. (await session.Client.QueryAsync($"{{ me {{ privacyRequests {{ {Fields} }} }} }}")).GetProperty("me").GetProperty("privacyRequests").EnumerateArray()];
}

[Collection(SqliteCollection.Name)]
public sealed class AccountErasureTestsOnSqlite(SqliteApp app) : AccountErasureTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AccountErasureTestsOnPostgreSql(PostgreSqlApp app) : AccountErasureTests(app);
