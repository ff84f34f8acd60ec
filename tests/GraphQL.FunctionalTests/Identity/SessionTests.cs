using System.Security.Claims;
using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgePay.GraphQL.FunctionalTests.Identity;

/// <summary>Refresh-token rotation, reuse detection, logout and bearer-token checks, through HTTP.</summary>
public abstract class SessionTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string RefreshMutation = """
        mutation($token: String!) {
          refreshToken(input: { refreshToken: $token }) {
            accessToken refreshToken me { id }
            errors { __typename ... on Error { code } }
          }
        }
        """;

    [Fact]
    public async Task IssuesNewTokensForTheSameUserWhenTheRefreshTokenIsFresh()
    {
        var session = await SignInAsync("o_alice");

        var refreshed = await RefreshAsync(session.RefreshToken);

        var me = (await ClientWith(refreshed.GetProperty("accessToken").GetString()!).QueryAsync("{ me { id } }")).GetProperty("me");
        Assert.Empty(refreshed.PayloadErrors());
        Assert.NotEqual(session.RefreshToken, refreshed.GetProperty("refreshToken").GetString());
        Assert.Equal(session.UserId, me.GetProperty("id").GetString());
        Assert.Equal(session.UserId, refreshed.GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task EndsTheWholeSessionWhenARotatedRefreshTokenComesBack()
    {
        var session = await SignInAsync("o_alice");
        var newest = (await RefreshAsync(session.RefreshToken)).GetProperty("refreshToken").GetString()!;

        var reused = await RefreshAsync(session.RefreshToken);

        Assert.Equal([("RefreshTokenReusedError", "REFRESH_TOKEN_REUSED")], reused.PayloadErrors());
        Assert.Equal("null", reused.GetProperty("accessToken").GetRawText());
        Assert.Equal([("RefreshTokenRevokedError", "REFRESH_TOKEN_REVOKED")], (await RefreshAsync(newest)).PayloadErrors());
    }

    [Fact]
    public async Task RefusesTheRefreshTokenWhenTheSessionWasLoggedOut()
    {
        var session = await SignInAsync("o_alice");

        var logout = (await Client.QueryAsync(
            "mutation($token: String!) { logout(input: { refreshToken: $token }) { success errors { __typename } } }",
            new { token = session.RefreshToken })).GetProperty("logout");

        Assert.True(logout.GetProperty("success").GetBoolean());
        Assert.Equal([("RefreshTokenRevokedError", "REFRESH_TOKEN_REVOKED")], (await RefreshAsync(session.RefreshToken)).PayloadErrors());
        Assert.True(await App.ReadAsync(db => db.RefreshTokens.AllAsync(t => t.RevokedAt != null)));
    }

    [Fact]
    public async Task RefusesTheAccessTokenRightAfterItsSessionLoggedOut()
    {
        var session = await SignInAsync("o_alice");
        var before = await session.Client.PostGraphQLAsync("{ me { id } }");

        await LogoutAsync(session.RefreshToken);
        var after = await session.Client.PostGraphQLAsync("{ me { id } }");

        Assert.Empty(before.Errors);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], after.ErrorCodes);
    }

    [Fact]
    public async Task RefusesEveryAccessTokenOfTheSessionRightAfterARotatedRefreshTokenComesBack()
    {
        var session = await SignInAsync("o_alice");
        var refreshed = ClientWith((await RefreshAsync(session.RefreshToken)).GetProperty("accessToken").GetString()!);
        var before = await refreshed.PostGraphQLAsync("{ me { id } }");

        await RefreshAsync(session.RefreshToken);

        Assert.Empty(before.Errors);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await session.Client.PostGraphQLAsync("{ me { id } }")).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await refreshed.PostGraphQLAsync("{ me { id } }")).ErrorCodes);
    }

    [Fact]
    public async Task KeepsAcceptingTheAccessTokensOfASessionThatIsStillOpen()
    {
        var phone = await SignInAsync("o_alice");
        var laptop = await SignInAsync("o_alice");
        var laptopRefreshed = ClientWith((await RefreshAsync(laptop.RefreshToken)).GetProperty("accessToken").GetString()!);

        await LogoutAsync(phone.RefreshToken);

        var me = await laptopRefreshed.PostGraphQLAsync("{ me { id } }");
        Assert.Empty(me.Errors);
        Assert.Empty((await laptop.Client.PostGraphQLAsync("{ me { id } }")).Errors);
        Assert.Equal(laptop.UserId, me.Data.GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnswersMeWithNotAuthenticatedWhenTheAccessTokenNamesNoSession()
    {
        await SignInAsync("o_alice");
        var userId = await App.ReadAsync(db => db.Users.Select(u => u.Id).SingleAsync());

        var me = await ClientWith(SignedAccessToken(userId, DateTime.UtcNow.AddMinutes(10), sessionId: null)).PostGraphQLAsync("{ me { id } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], me.ErrorCodes);
    }

    [Fact]
    public async Task ReturnsRefreshTokenInvalidWhenTheTokenWasNeverIssued()
    {
        var refreshed = await RefreshAsync("not-a-token-we-issued");

        Assert.Equal([("RefreshTokenInvalidError", "REFRESH_TOKEN_INVALID")], refreshed.PayloadErrors());
    }

    [Fact]
    public async Task AnswersMeWithNotAuthenticatedWhenTheBearerTokenIsGarbage()
    {
        var me = await ClientWith("not.a.jwt").PostGraphQLAsync("{ me { id } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], me.ErrorCodes);
    }

    [Fact]
    public async Task AnswersMeWithNotAuthenticatedWhenTheBearerTokenWasTamperedWith()
    {
        var session = await SignInAsync("o_alice");
        var token = session.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        var parts = token.Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(parts[1]))!;
        claims["role"] = new[] { "Learner", "Admin" };
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims))}.{parts[2]}";

        var auditLog = await ClientWith(forged).PostGraphQLAsync("{ auditLog { nodes { action } } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], auditLog.ErrorCodes);
    }

    [Fact]
    public async Task AnswersMeWithNotAuthenticatedWhenTheAccessTokenHasExpired()
    {
        await SignInAsync("o_alice");
        var session = await App.ReadAsync(db => db.RefreshTokens.Select(t => new { t.UserId, t.FamilyId }).SingleAsync());

        var expired = await ClientWith(SignedAccessToken(session.UserId, DateTime.UtcNow.AddMinutes(-10), session.FamilyId))
            .PostGraphQLAsync("{ me { id } }");
        var current = await ClientWith(SignedAccessToken(session.UserId, DateTime.UtcNow.AddMinutes(10), session.FamilyId))
            .PostGraphQLAsync("{ me { id } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], expired.ErrorCodes);
        Assert.Empty(current.Errors);
    }

    private async Task<JsonElement> RefreshAsync(string token) =>
        (await Client.QueryAsync(RefreshMutation, new { token })).GetProperty("refreshToken");

    private async Task LogoutAsync(string token) =>
        Assert.True((await Client.QueryAsync(
            "mutation($token: String!) { logout(input: { refreshToken: $token }) { success } }", new { token }))
            .GetProperty("logout").GetProperty("success").GetBoolean());

    /// <summary>
    /// An access token signed with the app's own key, issuer and audience, expiring at <paramref name="expires"/>, for
    /// the session <paramref name="sessionId"/> (none when null).
    /// </summary>
    private string SignedAccessToken(Guid userId, DateTime expires, Guid? sessionId)
    {
        var parameters = App.Services.GetRequiredService<TokenValidationParameters>();
        Claim[] claims = [new("sub", userId.ToString()), new("role", "Learner")];
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = parameters.ValidIssuer,
            Audience = parameters.ValidAudience,
            Subject = new ClaimsIdentity(sessionId is { } id ? [.. claims, new("sid", id.ToString())] : claims),
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(parameters.IssuerSigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SessionTestsOnSqlite(SqliteApp app) : SessionTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class SessionTestsOnPostgreSql(PostgreSqlApp app) : SessionTests(app);
