using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Privacy;

/// <summary>Data export and account deletion: requested by the user, queued for the privacy work, visible to admins.</summary>
public abstract class PrivacyRequestTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string RequestFields = "id userId kind status requestedAt completedAt cancelledAt";

    private const string MyRequestsQuery = $"{{ me {{ privacyRequests {{ {RequestFields} }} }} }}";

    [Fact]
    public async Task ShowsAPendingExportInMeWhenAnExportIsRequested()
    {
        var session = await SignInAsync("o_alice");

        var requested = await MutateAsync(session, "requestDataExport");

        var mine = await MyRequestsAsync(session);
        Assert.Empty(requested.PayloadErrors());
        var request = requested.GetProperty("privacyRequest");
        Assert.Equal("DATA_EXPORT", request.GetProperty("kind").GetString());
        Assert.Equal("PENDING", request.GetProperty("status").GetString());
        Assert.Equal(session.UserId, request.GetProperty("userId").GetString());
        Assert.Equal([Summary(request)], mine.Select(Summary));
    }

    [Theory]
    [InlineData("requestDataExport")]
    [InlineData("requestAccountDeletion")]
    public async Task AnswersAlreadyPendingAndAddsNothingWhenTheSameKindIsRequestedAgain(string mutation)
    {
        var session = await SignInAsync("o_alice");
        var first = (await MutateAsync(session, mutation)).GetProperty("privacyRequest");

        var again = await MutateAsync(session, mutation);

        Assert.Equal([("PrivacyRequestAlreadyPendingError", "PRIVACY_REQUEST_ALREADY_PENDING")], again.PayloadErrors());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("privacyRequest").ValueKind);
        Assert.Equal([Summary(first)], (await MyRequestsAsync(session)).Select(Summary));
        Assert.Equal(1, await App.ReadAsync(db => db.PrivacyRequests.CountAsync()));
    }

    [Fact]
    public async Task TakesOneOfEachKindWhenAnExportAndADeletionArePendingTogether()
    {
        var session = await SignInAsync("o_alice");
        await MutateAsync(session, "requestDataExport");

        var deletion = await MutateAsync(session, "requestAccountDeletion");

        Assert.Empty(deletion.PayloadErrors());
        Assert.Equal(2, await App.ReadAsync(db => db.PrivacyRequests.CountAsync()));
    }

    [Fact]
    public async Task KeepsOnePendingRequestAndRefusesTheRestWhenTheSameRequestIsSentFiveTimesAtOnce()
    {
        var session = await SignInAsync("o_alice");

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => MutateAsync(session, "requestAccountDeletion"))));

        Assert.Single(results, r => r.PayloadErrors().Count == 0);
        Assert.All(
            results.Where(r => r.PayloadErrors().Count > 0),
            r => Assert.Equal([("PrivacyRequestAlreadyPendingError", "PRIVACY_REQUEST_ALREADY_PENDING")], r.PayloadErrors()));
        Assert.Equal(1, await App.ReadAsync(db => db.PrivacyRequests.CountAsync()));
    }

    [Fact]
    public async Task CancelsThePendingDeletionWhenTheUserWithdrawsIt()
    {
        var session = await SignInAsync("o_alice");
        var requested = (await MutateAsync(session, "requestAccountDeletion")).GetProperty("privacyRequest");

        var cancelled = await MutateAsync(session, "cancelAccountDeletion");

        Assert.Empty(cancelled.PayloadErrors());
        var request = cancelled.GetProperty("privacyRequest");
        Assert.Equal(requested.GetProperty("id").GetString(), request.GetProperty("id").GetString());
        Assert.Equal("ACCOUNT_DELETION", request.GetProperty("kind").GetString());
        Assert.Equal("CANCELLED", request.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, request.GetProperty("cancelledAt").ValueKind);
        Assert.Equal([Summary(request)], (await MyRequestsAsync(session)).Select(Summary));
    }

    [Fact]
    public async Task StartsANewDeletionWhenTheUserAsksAgainAfterCancelling()
    {
        var session = await SignInAsync("o_alice");
        var cancelled = (await MutateAsync(session, "requestAccountDeletion")).GetProperty("privacyRequest").GetProperty("id").GetString();
        await MutateAsync(session, "cancelAccountDeletion");

        var renewed = (await MutateAsync(session, "requestAccountDeletion")).GetProperty("privacyRequest");

        Assert.NotEqual(cancelled, renewed.GetProperty("id").GetString());
        Assert.Equal("PENDING", renewed.GetProperty("status").GetString());
        Assert.Equal(
            [("PENDING", renewed.GetProperty("id").GetString()), ("CANCELLED", cancelled)],
            (await MyRequestsAsync(session)).Select(r => (r.GetProperty("status").GetString(), r.GetProperty("id").GetString())));
    }

    [Fact]
    public async Task ReturnsNoPendingAccountDeletionWhenNothingIsPendingToCancel()
    {
        var session = await SignInAsync("o_alice");
        await MutateAsync(session, "requestDataExport");

        var cancelled = await MutateAsync(session, "cancelAccountDeletion");

        Assert.Equal([("NoPendingAccountDeletionError", "PRIVACY_NO_PENDING_ACCOUNT_DELETION")], cancelled.PayloadErrors());
        Assert.Equal(JsonValueKind.Null, cancelled.GetProperty("privacyRequest").ValueKind);
        Assert.Equal(["PENDING"], (await MyRequestsAsync(session)).Select(r => r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task AnswersNotAuthenticatedAndStoresNothingWhenRequestingWithoutSigningIn()
    {
        var response = await Client.PostGraphQLAsync("mutation { requestAccountDeletion { privacyRequest { id } } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.PrivacyRequests.CountAsync()));
    }

    [Fact]
    public async Task AnswersNotAuthorizedWhenALearnerListsEveryonesRequests()
    {
        var learner = await SignInAsync("o_alice");
        await MutateAsync(learner, "requestDataExport");

        var response = await learner.Client.PostGraphQLAsync("{ privacyRequests { nodes { id } } }");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
    }

    [Fact]
    public async Task ListsThePendingQueueOldestFirstWhenAnAdminFiltersOnStatus()
    {
        var alice = await SignInAsync("o_alice");
        var bob = await SignInAsync("o_bob");
        var aliceExport = await RequestIdAsync(alice, "requestDataExport");
        await MutateAsync(bob, "requestAccountDeletion");
        await MutateAsync(bob, "cancelAccountDeletion");
        var aliceDeletion = await RequestIdAsync(alice, "requestAccountDeletion");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var queue = (await admin.Client.QueryAsync(
            "{ privacyRequests(where: { status: { eq: PENDING } }) { totalCount nodes { id userId kind } } }"))
            .GetProperty("privacyRequests");

        Assert.Equal(2, queue.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [(aliceExport, alice.UserId, "DATA_EXPORT"), (aliceDeletion, alice.UserId, "ACCOUNT_DELETION")],
            queue.GetProperty("nodes").EnumerateArray().Select(n => (
                n.GetProperty("id").GetString(), n.GetProperty("userId").GetString(), n.GetProperty("kind").GetString())));
    }

    [Fact]
    public async Task ListsOnlyTheAskedKindWhenAnAdminFiltersOnKind()
    {
        var alice = await SignInAsync("o_alice");
        await MutateAsync(alice, "requestDataExport");
        var deletion = await RequestIdAsync(alice, "requestAccountDeletion");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var deletions = (await admin.Client.QueryAsync("{ privacyRequests(where: { kind: { eq: ACCOUNT_DELETION } }) { nodes { id } } }"))
            .Nodes("privacyRequests");

        Assert.Equal([deletion], deletions.Select(n => n.GetProperty("id").GetString()));
    }

    private static async Task<JsonElement> MutateAsync(Session session, string mutation) =>
        (await session.Client.QueryAsync(
            $"mutation {{ {mutation} {{ privacyRequest {{ {RequestFields} }} errors {{ __typename ... on Error {{ code }} }} }} }}"))
        .GetProperty(mutation);

    private static async Task<string?> RequestIdAsync(Session session, string mutation) =>
        (await MutateAsync(session, mutation)).GetProperty("privacyRequest").GetProperty("id").GetString();

    /// <summary>
    /// What identifies a request and where it stands. Not its times: a mutation answers with the clock's 100 ns ticks,
    /// while PostgreSQL stores microseconds.
    /// </summary>
    private static (string? Id, string? UserId, string? Kind, string? Status) Summary(JsonElement request) => (
        request.GetProperty("id").GetString(),
        request.GetProperty("userId").GetString(),
        request.GetProperty("kind").GetString(),
        request.GetProperty("status").GetString());

    private static async Task<IReadOnlyList<JsonElement>> MyRequestsAsync(Session session) =>
        [.. (await session.Client.QueryAsync(MyRequestsQuery)).GetProperty("me").GetProperty("privacyRequests").EnumerateArray()];
}

[Collection(SqliteCollection.Name)]
public sealed class PrivacyRequestTestsOnSqlite(SqliteApp app) : PrivacyRequestTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PrivacyRequestTestsOnPostgreSql(PostgreSqlApp app) : PrivacyRequestTests(app);
