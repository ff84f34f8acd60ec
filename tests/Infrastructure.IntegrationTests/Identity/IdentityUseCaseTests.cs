using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Identity.Commands;
using KnowledgePay.Application.Identity.Commands.BindPhone;
using KnowledgePay.Application.Identity.Commands.Login;
using KnowledgePay.Application.Identity.Commands.Logout;
using KnowledgePay.Application.Identity.Commands.Refresh;
using KnowledgePay.Application.Identity.Queries.GetMe;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Infrastructure.IntegrationTests.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgePay.Infrastructure.IntegrationTests.Identity;

/// <summary>Login, refresh, logout and the profile through ISender, on a migrated SQLite database and the simulator.</summary>
public sealed class IdentityUseCaseTests : SimulatedWeChatTests
{
    [Fact]
    public async Task LoginCreatesALearnerWithTheSessionKeyEncryptedWhenTheOpenIdIsNew()
    {
        var (openId, code) = await WeChat.LoginCodeAsync();

        var tokens = await LoginAsync(code);

        var user = await Product.QueryDbAsync(db => db.Users.SingleAsync(u => u.OpenId == openId));
        var plainSessionKey = (await WeChat.UserAsync(openId)).GetProperty("sessionKey").GetString();
        var protector = Product.Services.GetRequiredService<ISecretProtector>();
        Assert.Equal(user.Id, tokens.Me.Id);
        Assert.Equal([Role.Learner], user.Roles);
        Assert.Equal((await WeChat.UserAsync(openId)).GetProperty("unionid").GetString(), user.UnionId);
        Assert.NotEqual(plainSessionKey, user.SessionKey.Ciphertext);
        Assert.Equal(plainSessionKey, protector.Unprotect(user.SessionKey.Ciphertext));
    }

    [Fact]
    public async Task LoginIssuesAnAccessTokenTheApiAcceptsWithTheUsersRoles()
    {
        var (_, code) = await WeChat.LoginCodeAsync(ProductHost.BootstrapAdminOpenId);

        var tokens = await LoginAsync(code);

        var parameters = Product.Services.GetRequiredService<TokenValidationParameters>();
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.AccessToken, parameters);
        Assert.True(validation.IsValid);
        Assert.Equal(tokens.Me.Id.ToString(), validation.ClaimsIdentity.Name);
        Assert.True(validation.ClaimsIdentity.HasClaim("role", nameof(Role.Admin)));
        Assert.True(validation.ClaimsIdentity.HasClaim("role", nameof(Role.Learner)));
    }

    [Fact]
    public async Task ConcurrentFirstLoginsOfOneOpenIdCreateExactlyOneUser()
    {
        var (openId, firstCode) = await WeChat.LoginCodeAsync();
        var codes = new List<string> { firstCode };
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await WeChat.LoginCodeAsync(openId)).LoginCode);
        }

        var sessions = await Task.WhenAll(codes.Select(code => Task.Run(() => LoginAsync(code))));

        var users = await Product.QueryDbAsync(db => db.Users.Where(u => u.OpenId == openId).ToListAsync());
        var user = Assert.Single(users);
        Assert.All(sessions, session => Assert.Equal(user.Id, session.Me.Id));
        Assert.Equal(4, await Product.QueryDbAsync(db => db.RefreshTokens.CountAsync(t => t.UserId == user.Id)));
    }

    [Fact]
    public async Task LoginFailsWithLoginCodeInvalidWhenTheCodeIsUnknown()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => LoginAsync("not-a-code"));

        Assert.Equal("LOGIN_CODE_INVALID", error.Code);
        Assert.False(await Product.QueryDbAsync(db => db.Users.AnyAsync()));
    }

    [Fact]
    public async Task LoginFailsWithLoginRateLimitedWhenOneAccountLogsInTooOftenInAMinute()
    {
        var (openId, code) = await WeChat.LoginCodeAsync();
        for (var i = 0; i < 10; i++)
        {
            await LoginAsync(code);
            code = (await WeChat.LoginCodeAsync(openId)).LoginCode;
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => LoginAsync(code));

        Assert.Equal("LOGIN_RATE_LIMITED", error.Code);
    }

    [Theory]
    [InlineData(45011, "LOGIN_RATE_LIMITED")]
    [InlineData(40226, "LOGIN_BLOCKED")]
    public async Task LoginFailsWithTheTypedErrorWhenWeChatRefuses(int errcode, string code)
    {
        var (_, loginCode) = await WeChat.LoginCodeAsync();
        await WeChat.ArmFaultAsync("code2Session", errcode);

        var error = await Assert.ThrowsAsync<DomainException>(() => LoginAsync(loginCode));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task LoginFailsWithAProviderErrorWhenWeChatIsBusy()
    {
        var (_, loginCode) = await WeChat.LoginCodeAsync();
        await WeChat.ArmFaultAsync("code2Session", -1);

        var error = await Assert.ThrowsAsync<ProviderException>(() => LoginAsync(loginCode));

        Assert.Equal(ProviderException.WeChatUnavailableCode, error.Code);
    }

    [Fact]
    public async Task RefreshRotatesTheTokenWhenItIsCurrent()
    {
        var login = await LoginAsync((await WeChat.LoginCodeAsync()).LoginCode);

        var refreshed = await Product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken));

        Assert.Equal(login.Me.Id, refreshed.Me.Id);
        Assert.NotEqual(login.RefreshToken, refreshed.RefreshToken);
        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
    }

    [Fact]
    public async Task RefreshWithARotatedTokenRevokesTheWholeFamily()
    {
        var login = await LoginAsync((await WeChat.LoginCodeAsync()).LoginCode);
        var successor = await Product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken));

        var reuse = await Assert.ThrowsAsync<DomainException>(() =>
            Product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken)));
        var afterReuse = await Assert.ThrowsAsync<DomainException>(() =>
            Product.SendAsync<AuthTokens>(new RefreshTokenCommand(successor.RefreshToken)));

        Assert.Equal("REFRESH_TOKEN_REUSED", reuse.Code);
        Assert.Equal("REFRESH_TOKEN_REVOKED", afterReuse.Code);
        Assert.True(await Product.QueryDbAsync(db => db.RefreshTokens.AllAsync(t => t.RevokedAt != null)));
    }

    [Fact]
    public async Task RefreshFailsWithRefreshTokenInvalidWhenTheTokenIsUnknown()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Product.SendAsync<AuthTokens>(new RefreshTokenCommand("unknown-token")));

        Assert.Equal("REFRESH_TOKEN_INVALID", error.Code);
    }

    [Fact]
    public async Task LogoutEndsTheSessionSoItsRefreshTokenNoLongerWorks()
    {
        var login = await LoginAsync((await WeChat.LoginCodeAsync()).LoginCode);

        await Product.SendAsync<Unit>(new LogoutCommand(login.RefreshToken));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken)));
        Assert.Equal("REFRESH_TOKEN_REVOKED", error.Code);
    }

    [Fact]
    public async Task GetMeFailsWithUnauthenticatedWhenNobodyIsSignedIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Product.SendAsync<MeDto?>(new GetMeQuery()));
    }

    [Fact]
    public async Task BindPhoneStoresTheNumberWeChatConfirmsAndShowsItMasked()
    {
        var (openId, code) = await WeChat.LoginCodeAsync();
        Product.CurrentUser.Id = (await LoginAsync(code)).Me.Id;

        var me = await Product.SendAsync<MeDto>(new BindPhoneCommand(await WeChat.PhoneCodeAsync(openId)));

        Assert.Equal(PhoneNumber.Parse((await WeChat.UserAsync(openId)).GetProperty("phone").GetString()).Masked(), me.PhoneNumber);
        Assert.Equal(me.PhoneNumber, (await Product.SendAsync<MeDto?>(new GetMeQuery()))?.PhoneNumber);
    }

    private Task<AuthTokens> LoginAsync(string code) => Product.SendAsync<AuthTokens>(new LoginCommand(code));
}
