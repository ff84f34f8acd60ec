using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.IntegrationTests.WeChat;

/// <summary>The msgSecCheck adapter against the simulator over HTTP.</summary>
public sealed class ContentSecurityAdapterTests : SimulatedWeChatTests
{
    private IContentSecurityCheck Check => Product.Services.GetRequiredService<IContentSecurityCheck>();

    [Theory]
    [InlineData("讲得很清楚，推荐", "pass", ContentVerdict.Pass)]
    [InlineData("想要资料的加微信 abc123", "review", ContentVerdict.Review)]
    [InlineData("一起来赌博吧", "risky", ContentVerdict.Risky)]
    public async Task ReturnsWeChatsSuggestionForTheUsersText(string text, string suggest, ContentVerdict expected)
    {
        var (openId, _) = await WeChat.LoginCodeAsync();

        var response = await Check.CheckTextAsync(new TextCheck(openId, ContentScene.Comment, text), CancellationToken.None);

        Assert.Null(response.Failure);
        Assert.Equal(expected, response.Value!.Suggest);
        Assert.NotEmpty(response.Value.TraceId);
        var asked = Assert.Single(await WeChat.ContentChecksAsync());
        Assert.Equal(openId, asked.GetProperty("openId").GetString());
        Assert.Equal(2, asked.GetProperty("scene").GetInt32());
        Assert.Equal(text, asked.GetProperty("content").GetString());
        Assert.Equal(suggest, asked.GetProperty("suggest").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task ChecksTheTitleWithTheContent()
    {
        var (openId, _) = await WeChat.LoginCodeAsync();
        await WeChat.JudgeContentAsync("标题党", "review", 21000);

        var response = await Check.CheckTextAsync(
            new TextCheck(openId, ContentScene.Comment, "正文没有问题", Title: "标题党"), CancellationToken.None);

        Assert.Equal(ContentVerdict.Review, response.Value!.Suggest);
        Assert.Equal(21000, response.Value.Label);
    }

    [Fact]
    public async Task ReportsRejectedForAnOpenIdThatIsNotOneOfTheAppsUsers()
    {
        var response = await Check.CheckTextAsync(new TextCheck("o_not_a_user", ContentScene.Comment, "你好"), CancellationToken.None);

        Assert.Equal(new WeChatFailure(WeChatFailureKind.Rejected, 40003), response.Failure);
    }

    [Fact]
    public async Task RenewsAStaleAccessTokenOnceAndChecksAgain()
    {
        var (openId, _) = await WeChat.LoginCodeAsync();
        await Check.CheckTextAsync(new TextCheck(openId, ContentScene.Profile, "小明"), CancellationToken.None);
        await WeChat.ArmFaultAsync("msgSecCheck", 40001);

        var response = await Check.CheckTextAsync(new TextCheck(openId, ContentScene.Profile, "小红"), CancellationToken.None);

        Assert.Equal(ContentVerdict.Pass, response.Value!.Suggest);
        Assert.Equal(2, await WeChat.CallsAsync("getStableAccessToken"));
        Assert.Equal(3, await WeChat.CallsAsync("msgSecCheck"));
    }

    [Fact]
    public async Task ReportsUnavailableWhenWeChatIsBusy()
    {
        var (openId, _) = await WeChat.LoginCodeAsync();
        await WeChat.ArmFaultAsync("msgSecCheck", -1);

        var response = await Check.CheckTextAsync(new TextCheck(openId, ContentScene.Comment, "你好"), CancellationToken.None);

        Assert.Equal(new WeChatFailure(WeChatFailureKind.Unavailable, -1), response.Failure);
    }
}
