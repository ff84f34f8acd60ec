using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Agreements;

/// <summary>Who may publish, list, accept and read agreements and consent histories.</summary>
public abstract class AgreementAuthorizationTests(KnowledgePayApp app) : AgreementTest(app)
{
    public static TheoryData<string> AdminOnlyOperations => new() { "publishAgreementVersion", "agreementVersions", "userConsentHistory" };

    public static TheoryData<string> SignedInOperations => new() { "acceptAgreement", "agreementsToAccept", "consentHistory" };

    [Theory]
    [MemberData(nameof(AdminOnlyOperations))]
    public async Task OnlyAdminsPublishListAndReadOthersHistories(string operation)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_alice");

        var anonymous = await SendAsync(Client, operation, learner.UserId, "0.9");
        var asLearner = await SendAsync(learner.Client, operation, learner.UserId, "0.8");
        var asAdmin = await SendAsync(admin.Client, operation, learner.UserId, "1.0");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(asAdmin.ErrorCodes);
        Assert.Equal(operation == "publishAgreementVersion" ? 1 : 0, await App.ReadAsync(db => db.AgreementVersions.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(SignedInOperations))]
    public async Task AnonymousCallersCannotAcceptOrReadConsent(string operation)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var v1 = await PublishedAsync(admin, Version("1.0"));

        var anonymous = operation == "acceptAgreement"
            ? await Client.PostGraphQLAsync(AcceptMutation, new { input = new { versionId = v1, platform = "IOS" } })
            : await Client.PostGraphQLAsync($"{{ me {{ {operation} {{ __typename }} }} }}");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.AgreementAcceptances.CountAsync()));
    }

    [Fact]
    public async Task AnyoneReadsTheCurrentAgreements()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await PublishedAsync(admin, Version("1.0"));

        var response = await Client.PostGraphQLAsync("{ agreements { versionLabel } }");

        Assert.Empty(response.ErrorCodes);
    }

    [Fact]
    public async Task ALearnerSeesOnlyTheirOwnAcceptancesAndConsent()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (alice, bob) = (await SignInAsync("o_alice"), await SignInAsync("o_bob"));
        var v1 = await PublishedAsync(admin, Version("1.0"));
        await AcceptAsync(alice, v1);
        await SetPersonalisationConsentAsync(alice, true);
        await SetMarketingConsentAsync(alice, true, "settings_page");

        var bobs = (await bob.Client.QueryAsync($"{{ me {{ agreementsToAccept {{ versionLabel }} consentHistory {{ {HistoryFields} }} }} }}"))
            .GetProperty("me");

        Assert.Equal(["1.0"], bobs.GetProperty("agreementsToAccept").EnumerateArray().Select(v => v.GetProperty("versionLabel").GetString()));
        Assert.Empty(bobs.GetProperty("consentHistory").EnumerateArray());
        Assert.Empty(await ToAcceptAsync(alice));
    }

    private static Task<GraphQLResponse> SendAsync(HttpClient client, string operation, string userId, string label) => operation switch
    {
        "publishAgreementVersion" => client.PostGraphQLAsync(PublishMutation, new { input = Version(label) }),
        "agreementVersions" => client.PostGraphQLAsync("{ agreementVersions(kind: USER_AGREEMENT) { acceptanceCount } }"),
        _ => client.PostGraphQLAsync("query($userId: ID!) { userConsentHistory(userId: $userId) { kind } }", new { userId }),
    };
}

[Collection(SqliteCollection.Name)]
public sealed class AgreementAuthorizationTestsOnSqlite(SqliteApp app) : AgreementAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AgreementAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : AgreementAuthorizationTests(app);
