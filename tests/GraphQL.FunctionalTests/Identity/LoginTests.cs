using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Identity;

/// <summary>The <c>login</c> mutation against the WeChat simulator in its own host, through HTTP only.</summary>
public abstract class LoginTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task CreatesTheUserAndIssuesATokenMeAcceptsWhenTheCodeIsFresh()
    {
        var (openId, code) = await App.WeChat.LoginCodeAsync("o_alice");

        var login = (await Client.QueryAsync(LoginMutation, new { code })).GetProperty("login");

        var me = (await ClientWith(login.GetProperty("accessToken").GetString()!).QueryAsync("{ me { id roles } }")).GetProperty("me");
        Assert.Empty(login.PayloadErrors());
        Assert.Equal(login.GetProperty("me").GetProperty("id").GetString(), me.GetProperty("id").GetString());
        Assert.Equal(["LEARNER"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(1, await App.ReadAsync(db => db.Users.CountAsync(u => u.OpenId == openId)));
    }

    [Fact]
    public async Task NeverSendsTheWeChatSessionKeyWhenLoggingInAndAskingForMe()
    {
        var (openId, code) = await App.WeChat.LoginCodeAsync("o_alice");

        var login = await Client.PostGraphQLAsync(LoginMutation, new { code });
        var token = login.Data.GetProperty("login").GetProperty("accessToken").GetString()!;
        var me = await ClientWith(token).PostGraphQLAsync(
            "{ me { id roles phoneNumber profile { nickname avatarUrl gender ageBand occupation city } interestTagIds personalisationConsent createdAt lastLoginAt } }");

        var sessionKey = (await App.WeChat.UserAsync(openId)).GetProperty("sessionKey").GetString()!;
        Assert.NotEmpty(sessionKey);
        Assert.DoesNotContain(login.Body.AllStrings().Concat(me.Body.AllStrings()), text => text.Contains(sessionKey, StringComparison.Ordinal));
        Assert.Empty(me.Errors);
    }

    [Fact]
    public async Task CreatesExactlyOneUserWhenTwoFirstLoginsOfOneOpenIdRace()
    {
        var (openId, first) = await App.WeChat.LoginCodeAsync("o_twin");
        var (_, second) = await App.WeChat.LoginCodeAsync(openId);

        var logins = await Task.WhenAll(new[] { first, second }.Select(code => Task.Run(() => Client.QueryAsync(LoginMutation, new { code }))));

        var users = await App.ReadAsync(db => db.Users.Where(u => u.OpenId == openId).Select(u => u.Id).ToListAsync());
        Assert.Single(users);
        Assert.All(logins, login => Assert.Empty(login.GetProperty("login").PayloadErrors()));
        Assert.Single(logins.Select(login => login.GetProperty("login").GetProperty("me").GetProperty("id").GetString()).Distinct());
    }

    [Theory]
    [InlineData(40029, "LoginCodeInvalidError", "LOGIN_CODE_INVALID")]
    [InlineData(45011, "LoginRateLimitedError", "LOGIN_RATE_LIMITED")]
    [InlineData(40226, "LoginBlockedError", "LOGIN_BLOCKED")]
    [InlineData(-1, "WeChatUnavailableError", "WECHAT_UNAVAILABLE")]
    public async Task ReturnsTheTypedErrorAndCreatesNoUserWhenWeChatAnswersAnError(int errcode, string typeName, string code)
    {
        var (_, loginCode) = await App.WeChat.LoginCodeAsync("o_alice");
        await App.WeChat.ArmFaultAsync("code2Session", errcode);

        var login = (await Client.QueryAsync(LoginMutation, new { code = loginCode })).GetProperty("login");

        Assert.Equal([(typeName, code)], login.PayloadErrors());
        Assert.Equal("null", login.GetProperty("accessToken").GetRawText());
        Assert.False(await App.ReadAsync(db => db.Users.AnyAsync()));
    }

    [Fact]
    public async Task RefusesFurtherAttemptsFromOneAddressWithoutAskingWeChatWhenItTriedTooOften()
    {
        var attempts = 0;
        (string? Type, string? Code) outcome;
        do
        {
            attempts++;
            var login = await Client.QueryAsync(LoginMutation, new { code = $"guessed-code-{attempts}" });
            outcome = Assert.Single(login.GetProperty("login").PayloadErrors());
        }
        while (outcome.Type == "LoginCodeInvalidError" && attempts < 100);

        var hint = await Client.QueryAsync(
            "mutation { login(input: { code: \"one-more\" }) { errors { ... on LoginRateLimitedError { retryAfterSeconds } } } }");
        Assert.Equal(("LoginRateLimitedError", "LOGIN_RATE_LIMITED"), outcome);
        Assert.True(attempts > 1, "The very first attempt was refused.");
        Assert.Equal(attempts - 1, await App.WeChat.CallsAsync("code2Session"));
        Assert.Equal(60, hint.GetProperty("login").GetProperty("errors")[0].GetProperty("retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task ReturnsInvalidInputWithoutCallingWeChatWhenTheCodeIsEmpty()
    {
        var login = (await Client.QueryAsync(
            "mutation { login(input: { code: \"\" }) { accessToken errors { __typename ... on InvalidInputError { code fields { field } } } } }"))
            .GetProperty("login");

        var error = login.GetProperty("errors")[0];
        Assert.Equal("InvalidInputError", error.GetProperty("__typename").GetString());
        Assert.Equal("code", error.GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal(0, await App.WeChat.CallsAsync("code2Session"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LoginTestsOnSqlite(SqliteApp app) : LoginTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class LoginTestsOnPostgreSql(PostgreSqlApp app) : LoginTests(app);
