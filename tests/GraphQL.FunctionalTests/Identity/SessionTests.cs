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
        var userId = await App.ReadAsync(db => db.Users.Select(u => u.Id).SingleAsync());

        var expired = await ClientWith(SignedAccessToken(userId, DateTime.UtcNow.AddMinutes(-10))).PostGraphQLAsync("{ me { id } }");
        var current = await ClientWith(SignedAccessToken(userId, DateTime.UtcNow.AddMinutes(10))).PostGraphQLAsync("{ me { id } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], expired.ErrorCodes);
        Assert.Empty(current.Errors);
    }

    private async Task<JsonElement> RefreshAsync(string token) =>
        (await Client.QueryAsync(RefreshMutation, new { token })).GetProperty("refreshToken");

    /// <summary>An access token signed with the app's own key, issuer and audience, expiring at <paramref name="expires"/>.</summary>
    private string SignedAccessToken(Guid userId, DateTime expires)
    {
        var parameters = App.Services.GetRequiredService<TokenValidationParameters>();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = parameters.ValidIssuer,
            Audience = parameters.ValidAudience,
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim("role", "Learner")]),
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
