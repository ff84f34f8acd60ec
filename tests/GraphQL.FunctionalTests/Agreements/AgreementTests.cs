using System.Text.Json;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Agreements;

/// <summary>The consent version flow, the consent histories, erasure and export of the records.</summary>
public abstract class AgreementTests(KnowledgePayApp app) : AgreementTest(app)
{
    [Fact]
    public async Task AsksAgainOnlyWhenANewVersionRequiresReacceptance()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_alice");
        var v1 = await PublishedAsync(admin, Version("1.0"));
        var askedForV1 = await ToAcceptAsync(learner);
        await AcceptAsync(learner, v1);
        var afterV1 = await ToAcceptAsync(learner);
        var v2 = await PublishedAsync(admin, Version("2.0"));
        var askedForV2 = await ToAcceptAsync(learner);
        var accepted = await AcceptAsync(learner, v2, "ANDROID", "8.0.50");
        var afterV2 = await ToAcceptAsync(learner);

        await PublishedAsync(admin, Version("2.1", requiresReacceptance: false));

        Assert.Equal(["1.0"], askedForV1);
        Assert.Empty(afterV1);
        Assert.Equal(["2.0"], askedForV2);
        Assert.Empty(accepted.PayloadErrors());
        Assert.Equal(
            ("ANDROID", "8.0.50", "2.0"),
            (accepted.GetProperty("acceptance").GetProperty("platform").GetString(),
                accepted.GetProperty("acceptance").GetProperty("clientVersion").GetString(),
                accepted.GetProperty("acceptance").GetProperty("version").GetProperty("versionLabel").GetString()));
        Assert.Empty(afterV2);
        Assert.Empty(await ToAcceptAsync(learner));
        Assert.Equal(["2.1"], await ToAcceptAsync(await SignInAsync("o_newcomer")));
    }

    [Fact]
    public async Task ShowsTheCurrentVersionsToAnyoneAndAcceptanceCountsToAdmins()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (alice, bob) = (await SignInAsync("o_alice"), await SignInAsync("o_bob"));
        var v1 = await PublishedAsync(admin, Version("1.0"));
        await AcceptAsync(alice, v1);
        await AcceptAsync(bob, v1);
        var v2 = await PublishedAsync(admin, Version("2.0"));
        await AcceptAsync(alice, v2);
        await PublishedAsync(admin, Version("1.0", kind: "PRIVACY_POLICY"));

        var current = (await Client.QueryAsync("{ agreements { kind versionLabel } }")).GetProperty("agreements");
        var versions = (await admin.Client.QueryAsync(
            "{ agreementVersions(kind: USER_AGREEMENT) { isCurrent acceptanceCount version { versionLabel } } }"))
            .GetProperty("agreementVersions");

        Assert.Equal(
            [("USER_AGREEMENT", "2.0"), ("PRIVACY_POLICY", "1.0")],
            current.EnumerateArray().Select(v => (v.GetProperty("kind").GetString(), v.GetProperty("versionLabel").GetString())));
        Assert.Equal(
            [("2.0", true, 1), ("1.0", false, 2)],
            versions.EnumerateArray().Select(v => (
                v.GetProperty("version").GetProperty("versionLabel").GetString(),
                v.GetProperty("isCurrent").GetBoolean(),
                v.GetProperty("acceptanceCount").GetInt32())));
    }

    [Fact]
    public async Task AcceptingTwiceKeepsTheFirstAcceptance()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_alice");
        var v1 = await PublishedAsync(admin, Version("1.0"));
        var first = (await AcceptAsync(learner, v1)).GetProperty("acceptance").GetProperty("id").GetString();

        var again = await AcceptAsync(learner, v1, "WINDOWS");

        Assert.Empty(again.PayloadErrors());
        Assert.Equal(first, again.GetProperty("acceptance").GetProperty("id").GetString());
        Assert.Equal("IOS", again.GetProperty("acceptance").GetProperty("platform").GetString());
        Assert.Equal(1, await App.ReadAsync(db => db.AgreementAcceptances.CountAsync()));
    }

    [Fact]
    public async Task RecordsEveryConsentChangeAndAcceptanceInTheHistory()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_alice");
        var v1 = await PublishedAsync(admin, Version("1.0", kind: "PRIVACY_POLICY"));

        await SetPersonalisationConsentAsync(learner, true);
        await SetPersonalisationConsentAsync(learner, true);
        await SetMarketingConsentAsync(learner, true, "settings_page");
        await SetPersonalisationConsentAsync(learner, false);
        await AcceptAsync(learner, v1, "DEVTOOLS");
        await SetMarketingConsentAsync(learner, false, "unsubscribe_link");

        var mine = (await learner.Client.QueryAsync($"{{ me {{ consentHistory {{ {HistoryFields} }} }} }}"))
            .GetProperty("me").GetProperty("consentHistory");
        var seenByAdmin = (await admin.Client.QueryAsync(
            $"query($userId: ID!) {{ userConsentHistory(userId: $userId) {{ {HistoryFields} }} }}", new { userId = learner.UserId }))
            .GetProperty("userConsentHistory");
        (string?, bool, string?, string?)[] expected =
        [
            ("PERSONALISATION", true, "update_profile", null),
            ("MARKETING", true, "settings_page", null),
            ("PERSONALISATION", false, "update_profile", null),
            ("PRIVACY_POLICY", true, "devtools", "1.0"),
            ("MARKETING", false, "unsubscribe_link", null),
        ];
        Assert.Equal(expected, Entries(mine));
        Assert.Equal(expected, Entries(seenByAdmin));
        Assert.Equal(2, await App.ReadAsync(db => db.PersonalisationConsentChanges.CountAsync()));
    }

    [Fact]
    public async Task KeepsTheAcceptancesOfAnErasedAccountWithoutTheClientVersion()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (alice, bob) = (await SignInAsync("o_alice"), await SignInAsync("o_bob"));
        var v1 = await PublishedAsync(admin, Version("1.0"));
        await AcceptAsync(alice, v1, "IOS", "8.0.50");
        await AcceptAsync(bob, v1, "IOS", "8.0.51");
        var aliceId = GlobalId.DecodeOf("User", alice.UserId);

        await App.EraseAccountAsync(aliceId);

        var acceptances = await App.ReadAsync(db => db.AgreementAcceptances.AsNoTracking().ToListAsync());
        Assert.Equal(2, acceptances.Count);
        Assert.Null(acceptances.Single(a => a.UserId == aliceId).ClientVersion);
        Assert.Equal("8.0.51", acceptances.Single(a => a.UserId != aliceId).ClientVersion);
    }

    [Fact]
    public async Task ExportsTheUsersAcceptancesAndConsentHistoryAndNobodyElses()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (alice, bob) = (await SignInAsync("o_alice"), await SignInAsync("o_bob"));
        var v1 = await PublishedAsync(admin, Version("1.0"));
        await AcceptAsync(alice, v1, "IOS", "8.0.50");
        await AcceptAsync(bob, v1, "ANDROID", "8.0.51");
        await SetPersonalisationConsentAsync(alice, true);
        await SetPersonalisationConsentAsync(bob, true);
        await SetPersonalisationConsentAsync(bob, false);
        var aliceId = GlobalId.DecodeOf("User", alice.UserId);

        var sections = await CollectAsync(aliceId);

        Assert.Equal(["agreements", "consent-history"], sections.Keys.Order());
        Assert.Contains("8.0.50", sections["agreements"]);
        Assert.DoesNotContain("8.0.51", sections["agreements"]);
        var change = Assert.Single(JsonDocument.Parse(sections["consent-history"]).RootElement.GetProperty("personalisation").EnumerateArray());
        Assert.True(change.GetProperty("Granted").GetBoolean());
    }

    private async Task<Dictionary<string, string>> CollectAsync(Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sections = scope.ServiceProvider.GetServices<IPersonalDataSection>()
            .Where(s => s.Name is "agreements" or "consent-history");
        var collected = new Dictionary<string, string>();
        foreach (var section in sections)
        {
            collected[section.Name] = JsonSerializer.Serialize(await section.CollectAsync(userId, CancellationToken.None));
        }

        return collected;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AgreementTestsOnSqlite(SqliteApp app) : AgreementTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AgreementTestsOnPostgreSql(PostgreSqlApp app) : AgreementTests(app);
