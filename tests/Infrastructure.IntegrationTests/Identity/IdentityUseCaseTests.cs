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
public sealed class IdentityUseCaseTests : IAsyncLifetime
{
    private WeChatSimulatorServer _weChat = null!;
    private ProductHost _product = null!;

    public async Task InitializeAsync()
    {
        _weChat = await WeChatSimulatorServer.StartAsync();
        _product = await ProductHost.StartAsync(_weChat.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _product.DisposeAsync();
        await _weChat.DisposeAsync();
    }

    [Fact]
    public async Task LoginCreatesALearnerWithTheSessionKeyEncryptedWhenTheOpenIdIsNew()
    {
        var (openId, code) = await _weChat.LoginCodeAsync();

        var tokens = await LoginAsync(code);

        var user = await _product.QueryDbAsync(db => db.Users.SingleAsync(u => u.OpenId == openId));
        var plainSessionKey = (await _weChat.UserAsync(openId)).GetProperty("sessionKey").GetString();
        var protector = _product.Services.GetRequiredService<ISecretProtector>();
        Assert.Equal(user.Id, tokens.UserId);
        Assert.Equal([Role.Learner], user.Roles);
        Assert.Equal((await _weChat.UserAsync(openId)).GetProperty("unionid").GetString(), user.UnionId);
        Assert.NotEqual(plainSessionKey, user.SessionKey.Ciphertext);
        Assert.Equal(plainSessionKey, protector.Unprotect(user.SessionKey.Ciphertext));
    }

    [Fact]
    public async Task LoginIssuesAnAccessTokenTheApiAcceptsWithTheUsersRoles()
    {
        var (_, code) = await _weChat.LoginCodeAsync(ProductHost.BootstrapAdminOpenId);

        var tokens = await LoginAsync(code);

        var parameters = _product.Services.GetRequiredService<TokenValidationParameters>();
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.AccessToken, parameters);
        Assert.True(validation.IsValid);
        Assert.Equal(tokens.UserId.ToString(), validation.ClaimsIdentity.Name);
        Assert.True(validation.ClaimsIdentity.HasClaim("role", nameof(Role.Admin)));
        Assert.True(validation.ClaimsIdentity.HasClaim("role", nameof(Role.Learner)));
    }

    [Fact]
    public async Task ConcurrentFirstLoginsOfOneOpenIdCreateExactlyOneUser()
    {
        var (openId, firstCode) = await _weChat.LoginCodeAsync();
        var codes = new List<string> { firstCode };
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await _weChat.LoginCodeAsync(openId)).LoginCode);
        }

        var sessions = await Task.WhenAll(codes.Select(code => Task.Run(() => LoginAsync(code))));

        var users = await _product.QueryDbAsync(db => db.Users.Where(u => u.OpenId == openId).ToListAsync());
        var user = Assert.Single(users);
        Assert.All(sessions, session => Assert.Equal(user.Id, session.UserId));
        Assert.Equal(4, await _product.QueryDbAsync(db => db.RefreshTokens.CountAsync(t => t.UserId == user.Id)));
    }

    [Fact]
    public async Task LoginFailsWithLoginCodeInvalidWhenTheCodeIsUnknown()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => LoginAsync("not-a-code"));

        Assert.Equal("LOGIN_CODE_INVALID", error.Code);
        Assert.False(await _product.QueryDbAsync(db => db.Users.AnyAsync()));
    }

    [Theory]
    [InlineData(45011, "LOGIN_RATE_LIMITED")]
    [InlineData(40226, "LOGIN_BLOCKED")]
    [InlineData(-1, "WECHAT_UNAVAILABLE")]
    public async Task LoginFailsWithTheTypedErrorWhenWeChatRefuses(int errcode, string code)
    {
        var (_, loginCode) = await _weChat.LoginCodeAsync();
        await _weChat.ArmFaultAsync("code2Session", errcode);

        var error = await Assert.ThrowsAsync<DomainException>(() => LoginAsync(loginCode));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task RefreshRotatesTheTokenWhenItIsCurrent()
    {
        var login = await LoginAsync((await _weChat.LoginCodeAsync()).LoginCode);

        var refreshed = await _product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken));

        Assert.Equal(login.UserId, refreshed.UserId);
        Assert.NotEqual(login.RefreshToken, refreshed.RefreshToken);
        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
    }

    [Fact]
    public async Task RefreshWithARotatedTokenRevokesTheWholeFamily()
    {
        var login = await LoginAsync((await _weChat.LoginCodeAsync()).LoginCode);
        var successor = await _product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken));

        var reuse = await Assert.ThrowsAsync<DomainException>(() =>
            _product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken)));
        var afterReuse = await Assert.ThrowsAsync<DomainException>(() =>
            _product.SendAsync<AuthTokens>(new RefreshTokenCommand(successor.RefreshToken)));

        Assert.Equal("REFRESH_TOKEN_REUSED", reuse.Code);
        Assert.Equal("REFRESH_TOKEN_REVOKED", afterReuse.Code);
        Assert.True(await _product.QueryDbAsync(db => db.RefreshTokens.AllAsync(t => t.RevokedAt != null)));
    }

    [Fact]
    public async Task RefreshFailsWithRefreshTokenInvalidWhenTheTokenIsUnknown()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _product.SendAsync<AuthTokens>(new RefreshTokenCommand("unknown-token")));

        Assert.Equal("REFRESH_TOKEN_INVALID", error.Code);
    }

    [Fact]
    public async Task LogoutEndsTheSessionSoItsRefreshTokenNoLongerWorks()
    {
        var login = await LoginAsync((await _weChat.LoginCodeAsync()).LoginCode);

        await _product.SendAsync<Unit>(new LogoutCommand(login.RefreshToken));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _product.SendAsync<AuthTokens>(new RefreshTokenCommand(login.RefreshToken)));
        Assert.Equal("REFRESH_TOKEN_REVOKED", error.Code);
    }

    [Fact]
    public async Task GetMeFailsWithUnauthenticatedWhenNobodyIsSignedIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _product.SendAsync<MeDto?>(new GetMeQuery()));
    }

    [Fact]
    public async Task BindPhoneStoresTheNumberWeChatConfirms()
    {
        var (openId, code) = await _weChat.LoginCodeAsync();
        _product.CurrentUser.Id = (await LoginAsync(code)).UserId;

        var me = await _product.SendAsync<MeDto>(new BindPhoneCommand(await _weChat.PhoneCodeAsync(openId)));

        Assert.Equal((await _weChat.UserAsync(openId)).GetProperty("phone").GetString(), me.PhoneNumber);
        Assert.Equal(me.PhoneNumber, (await _product.SendAsync<MeDto?>(new GetMeQuery()))?.PhoneNumber);
    }

    private Task<AuthTokens> LoginAsync(string code) => _product.SendAsync<AuthTokens>(new LoginCommand(code));
}
