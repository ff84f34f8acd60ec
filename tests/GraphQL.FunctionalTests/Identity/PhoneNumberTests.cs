using System.Security.Cryptography;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.FunctionalTests.Identity;

/// <summary>Phone numbers at rest: encrypted with a blind index, found by the index alone, backfilled, never logged.</summary>
public abstract class PhoneNumberTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string Mobile = "13912345678";
    private const string E164 = "+86" + Mobile;

    private const string BindPhoneMutation = """
        mutation($code: String!) { bindPhone(input: { code: $code }) { me { phoneNumber } errors { __typename } } }
        """;

    private const string UsersByPhoneQuery = """
        query($phoneNumber: String!) { usersByPhone(phoneNumber: $phoneNumber) { id nickname createdAt lastLoginAt } }
        """;

    [Fact]
    public async Task StoresOnlyCipherTextAndABlindIndexAndShowsTheOwnerTheNumberMaskedWhenBinding()
    {
        var alice = await BoundAsync("o_alice", Mobile);

        var row = await RawPhoneAsync("o_alice");
        var me = (await alice.Client.QueryAsync("{ me { phoneNumber } }")).GetProperty("me");

        Assert.Null(row.PhoneNumber);
        Assert.NotNull(row.PhoneCiphertext);
        Assert.NotNull(row.PhoneBlindIndex);
        Assert.DoesNotContain(Mobile, row.PhoneCiphertext);
        Assert.DoesNotContain(Mobile, row.PhoneBlindIndex);
        Assert.Equal("139****5678", me.GetProperty("phoneNumber").GetString());
        var phones = App.Services.GetRequiredService<IPhoneNumberProtector>();
        Assert.Equal(E164, phones.Reveal(EncryptedPhone.Of(row.PhoneCiphertext, row.PhoneBlindIndex)).E164);
    }

    [Fact]
    public async Task FindsEveryAccountBoundToANumberHoweverItIsWrittenThroughTheIndex()
    {
        var alice = await BoundAsync("o_alice", Mobile);
        var bob = await BoundAsync("o_bob", Mobile);
        await BoundAsync("o_carol", "13800000000");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var found = await Task.WhenAll(new[] { Mobile, "+86 139 1234 5678", "0086-139-1234-5678" }
            .Select(async number => (await admin.Client.QueryAsync(UsersByPhoneQuery, new { phoneNumber = number }))
                .GetProperty("usersByPhone").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList()));
        var nobody = (await admin.Client.QueryAsync(UsersByPhoneQuery, new { phoneNumber = "13700000000" })).GetProperty("usersByPhone");

        Assert.All(found, ids => Assert.Equal([alice.UserId, bob.UserId], ids));
        Assert.Empty(nobody.EnumerateArray());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me")]
    public async Task AnswersPhoneNumberUnreadableWhenTheLookedUpNumberIsNotANumber(string phoneNumber)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var response = await admin.Client.PostGraphQLAsync(UsersByPhoneQuery, new { phoneNumber });

        Assert.Equal(["PHONE_NUMBER_UNREADABLE"], response.ErrorCodes);
    }

    [Fact]
    public async Task OnlyAdminsLookUpUsersByPhoneAndAnonymousCallersAreRefused()
    {
        await BoundAsync("o_alice", Mobile);
        var learner = await SignInAsync("o_bob");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var anonymous = await Client.PostGraphQLAsync(UsersByPhoneQuery, new { phoneNumber = Mobile });
        var refused = await learner.Client.PostGraphQLAsync(UsersByPhoneQuery, new { phoneNumber = Mobile });
        var allowed = await admin.Client.PostGraphQLAsync(UsersByPhoneQuery, new { phoneNumber = Mobile });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);
        Assert.DoesNotContain(Mobile[^4..], refused.Body.GetRawText());
        Assert.Empty(allowed.ErrorCodes);
        Assert.Single(allowed.Data.GetProperty("usersByPhone").EnumerateArray());
    }

    [Fact]
    public async Task AnotherKeyCanNeitherRevealTheNumberNorRecomputeItsIndex()
    {
        await BoundAsync("o_alice", Mobile);
        var row = await RawPhoneAsync("o_alice");
        await using var otherKeys = App.WithWebHostBuilder(builder => builder
            .UseSetting("Identity:EncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            .UseSetting("Identity:PhoneIndexKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

        var phones = otherKeys.Services.GetRequiredService<IPhoneNumberProtector>();

        Assert.ThrowsAny<CryptographicException>(() => phones.Reveal(EncryptedPhone.Of(row.PhoneCiphertext!, row.PhoneBlindIndex!)));
        Assert.NotEqual(row.PhoneBlindIndex, phones.BlindIndex(PhoneNumber.Parse(Mobile)));
    }

    [Fact]
    public async Task TheStartUpBackfillEncryptsClearNumbersOnceAndErasesTheClearText()
    {
        var legacy = await SignInAsync("o_legacy");
        await SignInAsync("o_garbled");
        await SetClearPhoneAsync("o_legacy", Mobile);
        await SetClearPhoneAsync("o_garbled", "n/a");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        await App.Services.InitialiseDatabaseAsync();
        var encrypted = await RawPhoneAsync("o_legacy");
        var garbled = await RawPhoneAsync("o_garbled");
        await App.Services.InitialiseDatabaseAsync();
        var again = await RawPhoneAsync("o_legacy");

        Assert.Null(encrypted.PhoneNumber);
        Assert.NotNull(encrypted.PhoneCiphertext);
        Assert.DoesNotContain(Mobile, encrypted.PhoneCiphertext);
        Assert.Equal(encrypted, again);
        Assert.Equal(new RawPhone(), garbled);
        var found = (await admin.Client.QueryAsync(UsersByPhoneQuery, new { phoneNumber = Mobile })).GetProperty("usersByPhone");
        Assert.Equal([legacy.UserId], found.EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        Assert.Equal("139****5678", (await legacy.Client.QueryAsync("{ me { phoneNumber } }")).GetProperty("me").GetProperty("phoneNumber").GetString());
    }

    [Fact]
    public async Task NothingLogsThePhoneNumberWhileBindingLoggingInAndLookingUp()
    {
        App.Logs.Start();
        string logs;
        try
        {
            var alice = await BoundAsync("o_alice", Mobile);
            await SignInAsync("o_alice");
            var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
            await admin.Client.QueryAsync(UsersByPhoneQuery, new { phoneNumber = "+86 139 1234 5678" });
            await admin.Client.PostGraphQLAsync(UsersByPhoneQuery, new { phoneNumber = "139123456789999" });
            var get = await admin.Client.GetAsync(
                $"/graphql?query={Uri.EscapeDataString(UsersByPhoneQuery)}&variables={Uri.EscapeDataString($$"""{"phoneNumber":"{{Mobile}}"}""")}");
            Assert.True(get.IsSuccessStatusCode);
            await alice.Client.QueryAsync("{ me { phoneNumber } }");
        }
        finally
        {
            logs = App.Logs.Stop();
        }

        // The capture sees every level of every category except the request-start lines the product itself pins at Warning.
        var pinned = App.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules
            .Last(rule => rule.ProviderName is null && rule.CategoryName == DependencyInjection.RequestLogCategory);
        Assert.Equal(LogLevel.Warning, pinned.LogLevel);
        Assert.Contains(nameof(Application.Identity.Commands.BindPhone.BindPhoneCommand), logs);
        Assert.Contains("GetUsersByPhoneQuery", logs);
        Assert.DoesNotContain(Mobile, logs);
        Assert.DoesNotContain("139 1234 5678", logs);
        Assert.DoesNotContain("12345678", logs);
    }

    private async Task<Session> BoundAsync(string openId, string mobile)
    {
        await App.WeChat.LoginCodeAsync(openId, mobile);
        var session = await SignInAsync(openId);
        var bound = (await session.Client.QueryAsync(BindPhoneMutation, new { code = await App.WeChat.PhoneCodeAsync(openId) }))
            .GetProperty("bindPhone");
        Assert.Empty(bound.PayloadErrors());
        return session;
    }

    private Task<RawPhone> RawPhoneAsync(string openId) =>
        App.ReadAsync(db => ((DbContext)db).Database
            .SqlQuery<RawPhone>($"""SELECT "PhoneNumber", "PhoneCiphertext", "PhoneBlindIndex" FROM "Users" WHERE "OpenId" = {openId}""")
            .SingleAsync());

    private Task SetClearPhoneAsync(string openId, string clear) =>
        App.ReadAsync(db => ((DbContext)db).Database
            .ExecuteSqlAsync($"""UPDATE "Users" SET "PhoneNumber" = {clear} WHERE "OpenId" = {openId}"""));

    /// <summary>The user's phone columns as stored, read with SQL past the model.</summary>
    private sealed record RawPhone
    {
        public string? PhoneNumber { get; init; }

        public string? PhoneCiphertext { get; init; }

        public string? PhoneBlindIndex { get; init; }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PhoneNumberTestsOnSqlite(SqliteApp app) : PhoneNumberTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PhoneNumberTestsOnPostgreSql(PostgreSqlApp app) : PhoneNumberTests(app);
