using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.IntegrationTests.WeChat;

/// <summary>The real WeChat adapters against the simulator over HTTP.</summary>
public sealed class WeChatAdapterTests : SimulatedWeChatTests
{
    private IWeChatAuth Auth => Product.Services.GetRequiredService<IWeChatAuth>();

    private IWeChatPhoneNumbers PhoneNumbers => Product.Services.GetRequiredService<IWeChatPhoneNumbers>();

    [Fact]
    public async Task Code2SessionReturnsTheUsersIdsAndSessionKeyWhenTheCodeIsFresh()
    {
        var (openId, code) = await WeChat.LoginCodeAsync();

        var response = await Auth.Code2SessionAsync(code, CancellationToken.None);

        var simulated = await WeChat.UserAsync(openId);
        Assert.Null(response.Failure);
        Assert.Equal(openId, response.Value!.OpenId);
        Assert.Equal(simulated.GetProperty("unionid").GetString(), response.Value.UnionId);
        Assert.Equal(simulated.GetProperty("sessionKey").GetString(), response.Value.SessionKey);
    }

    [Fact]
    public async Task Code2SessionFailsAsInvalidCodeWhenTheCodeWasAlreadyUsed()
    {
        var (_, code) = await WeChat.LoginCodeAsync();
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
        var (_, code) = await WeChat.LoginCodeAsync();
        await WeChat.ArmFaultAsync("code2Session", errcode);

        var response = await Auth.Code2SessionAsync(code, CancellationToken.None);

        Assert.Null(response.Value);
        Assert.Equal(new WeChatFailure(expected, errcode), response.Failure);
    }

    [Fact]
    public async Task Code2SessionReportsRejectedWhenOurAppSecretIsWrong()
    {
        await using var misconfigured = await ProductHost.StartAsync(
            WeChat.BaseUrl, new Dictionary<string, string?> { ["WeChat:AppSecret"] = new string('f', 32) });
        var (_, code) = await WeChat.LoginCodeAsync();

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
        var (openId, _) = await WeChat.LoginCodeAsync();
        var phoneCode = await WeChat.PhoneCodeAsync(openId);

        var response = await PhoneNumbers.GetPhoneNumberAsync(phoneCode, openId, CancellationToken.None);

        var simulated = await WeChat.UserAsync(openId);
        Assert.Null(response.Failure);
        Assert.Equal(simulated.GetProperty("phone").GetString(), response.Value!.PhoneNumber);
        Assert.Equal("86", response.Value.CountryCode);
    }

    [Fact]
    public async Task PhoneNumberFailsAsInvalidCodeWhenTheCodeWasAlreadyUsed()
    {
        var (openId, _) = await WeChat.LoginCodeAsync();
        var phoneCode = await WeChat.PhoneCodeAsync(openId);
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
            var (openId, _) = await WeChat.LoginCodeAsync();
            callers.Add((openId, await WeChat.PhoneCodeAsync(openId)));
        }

        var responses = await Task.WhenAll(callers.Select(caller =>
            Task.Run(() => PhoneNumbers.GetPhoneNumberAsync(caller.PhoneCode, caller.OpenId, CancellationToken.None))));

        Assert.All(responses, response => Assert.Null(response.Failure));
        Assert.Equal(1, await WeChat.CallsAsync("getStableAccessToken"));
        Assert.Equal(20, await WeChat.CallsAsync("getPhoneNumber"));
    }

    [Fact]
    public async Task PhoneNumberRenewsTheAccessTokenOnceAndRetriesWhenWeChatRejectsTheToken()
    {
        var (openId, _) = await WeChat.LoginCodeAsync();
        await PhoneNumbers.GetPhoneNumberAsync(await WeChat.PhoneCodeAsync(openId), openId, CancellationToken.None);
        var phoneCode = await WeChat.PhoneCodeAsync(openId);
        await WeChat.ArmFaultAsync("getPhoneNumber", 40001);

        var response = await PhoneNumbers.GetPhoneNumberAsync(phoneCode, openId, CancellationToken.None);

        Assert.Null(response.Failure);
        Assert.Equal(2, await WeChat.CallsAsync("getStableAccessToken"));
        Assert.Equal(3, await WeChat.CallsAsync("getPhoneNumber"));
    }
}
