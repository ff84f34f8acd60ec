using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.IntegrationTests.WeChat;

/// <summary>The real WeChat adapters against the simulator over HTTP (WECHAT.md §1).</summary>
public sealed class WeChatAdapterTests : IAsyncLifetime
{
    private WeChatSimulatorServer _weChat = null!;
    private ProductHost _product = null!;

    private IWeChatAuth Auth => _product.Services.GetRequiredService<IWeChatAuth>();

    private IWeChatPhoneNumbers PhoneNumbers => _product.Services.GetRequiredService<IWeChatPhoneNumbers>();

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
    public async Task Code2SessionReturnsTheUsersIdsAndSessionKeyWhenTheCodeIsFresh()
    {
        var (openId, code) = await _weChat.LoginCodeAsync();

        var response = await Auth.Code2SessionAsync(code, CancellationToken.None);

        var simulated = await _weChat.UserAsync(openId);
        Assert.Null(response.Failure);
        Assert.Equal(openId, response.Value!.OpenId);
        Assert.Equal(simulated.GetProperty("unionid").GetString(), response.Value.UnionId);
        Assert.Equal(simulated.GetProperty("sessionKey").GetString(), response.Value.SessionKey);
    }

    [Fact]
    public async Task Code2SessionFailsAsInvalidCodeWhenTheCodeWasAlreadyUsed()
    {
        var (_, code) = await _weChat.LoginCodeAsync();
        await Auth.Code2SessionAsync(code, CancellationToken.None);

        var response = await Auth.Code2SessionAsync(code, CancellationToken.None);

        Assert.Equal(new WeChatFailure(WeChatFailureKind.InvalidCode, 40029), response.Failure);
    }

    [Theory]
    [InlineData(40029, WeChatFailureKind.InvalidCode)]
    [InlineData(45011, WeChatFailureKind.RateLimited)]
    [InlineData(40226, WeChatFailureKind.Blocked)]
    [InlineData(-1, WeChatFailureKind.Unavailable)]
    public async Task Code2SessionReportsTheTypedFailureWhenWeChatAnswersAnErrcode(int errcode, WeChatFailureKind expected)
    {
        var (_, code) = await _weChat.LoginCodeAsync();
        await _weChat.ArmFaultAsync("code2Session", errcode);

        var response = await Auth.Code2SessionAsync(code, CancellationToken.None);

        Assert.Null(response.Value);
        Assert.Equal(new WeChatFailure(expected, errcode), response.Failure);
    }

    [Fact]
    public async Task Code2SessionReportsRejectedWhenOurAppSecretIsWrong()
    {
        await using var misconfigured = await ProductHost.StartAsync(
            _weChat.BaseUrl, new Dictionary<string, string?> { ["WeChat:AppSecret"] = new string('f', 32) });
        var (_, code) = await _weChat.LoginCodeAsync();

        var response = await misconfigured.Services.GetRequiredService<IWeChatAuth>().Code2SessionAsync(code, CancellationToken.None);

        Assert.Equal(new WeChatFailure(WeChatFailureKind.Rejected, 40125), response.Failure);
    }

    [Fact]
    public async Task Code2SessionReportsUnavailableWhenWeChatCannotBeReached()
    {
        await using var offline = await ProductHost.StartAsync(new Uri("http://127.0.0.1:9/"));

        var response = await offline.Services.GetRequiredService<IWeChatAuth>().Code2SessionAsync("any", CancellationToken.None);

        Assert.Equal(WeChatFailureKind.Unavailable, response.Failure?.Kind);
    }

    [Fact]
    public async Task PhoneNumberReturnsTheUsersNumberWhenTheCodeIsFresh()
    {
        var (openId, _) = await _weChat.LoginCodeAsync();
        var phoneCode = await _weChat.PhoneCodeAsync(openId);

        var response = await PhoneNumbers.GetPhoneNumberAsync(phoneCode, openId, CancellationToken.None);

        var simulated = await _weChat.UserAsync(openId);
        Assert.Null(response.Failure);
        Assert.Equal(simulated.GetProperty("phone").GetString(), response.Value!.PhoneNumber);
        Assert.Equal("86", response.Value.CountryCode);
    }

    [Fact]
    public async Task PhoneNumberFailsAsInvalidCodeWhenTheCodeWasAlreadyUsed()
    {
        var (openId, _) = await _weChat.LoginCodeAsync();
        var phoneCode = await _weChat.PhoneCodeAsync(openId);
        await PhoneNumbers.GetPhoneNumberAsync(phoneCode, openId, CancellationToken.None);

        var response = await PhoneNumbers.GetPhoneNumberAsync(phoneCode, openId, CancellationToken.None);

        Assert.Equal(new WeChatFailure(WeChatFailureKind.InvalidCode, 40029), response.Failure);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneStableTokenRequest()
    {
        var callers = new List<(string OpenId, string PhoneCode)>();
        for (var i = 0; i < 20; i++)
        {
            var (openId, _) = await _weChat.LoginCodeAsync();
            callers.Add((openId, await _weChat.PhoneCodeAsync(openId)));
        }

        var responses = await Task.WhenAll(callers.Select(caller =>
            Task.Run(() => PhoneNumbers.GetPhoneNumberAsync(caller.PhoneCode, caller.OpenId, CancellationToken.None))));

        Assert.All(responses, response => Assert.Null(response.Failure));
        Assert.Equal(1, await _weChat.CallsAsync("getStableAccessToken"));
        Assert.Equal(20, await _weChat.CallsAsync("getPhoneNumber"));
    }

    [Fact]
    public async Task PhoneNumberRenewsTheAccessTokenOnceAndRetriesWhenWeChatRejectsTheToken()
    {
        var (openId, _) = await _weChat.LoginCodeAsync();
        await PhoneNumbers.GetPhoneNumberAsync(await _weChat.PhoneCodeAsync(openId), openId, CancellationToken.None);
        var phoneCode = await _weChat.PhoneCodeAsync(openId);
        await _weChat.ArmFaultAsync("getPhoneNumber", 40001);

        var response = await PhoneNumbers.GetPhoneNumberAsync(phoneCode, openId, CancellationToken.None);

        Assert.Null(response.Failure);
        Assert.Equal(2, await _weChat.CallsAsync("getStableAccessToken"));
        Assert.Equal(3, await _weChat.CallsAsync("getPhoneNumber"));
    }
}
