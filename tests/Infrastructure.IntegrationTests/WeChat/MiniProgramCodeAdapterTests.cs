using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Sharing;
using KnowledgePay.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.IntegrationTests.WeChat;

/// <summary>The getwxacodeunlimit adapter against the simulator over HTTP: an image on success, a JSON errcode otherwise.</summary>
public sealed class MiniProgramCodeAdapterTests : SimulatedWeChatTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private IMiniProgramCodes Codes => Product.Services.GetRequiredService<IMiniProgramCodes>();

    [Fact]
    public async Task ReturnsTheImageWeChatDrewForTheSceneAndPage()
    {
        var response = await Codes.GetUnlimitedAsync("Ab3dEf6hIj9kLm2n", "pages/course/detail", CancellationToken.None);

        Assert.Null(response.Failure);
        Assert.Equal("image/png", response.Value!.ContentType);
        Assert.Equal(PngSignature, response.Value.Content[..8]);
        var drawn = Assert.Single(await WeChat.MiniProgramCodesAsync());
        Assert.Equal("Ab3dEf6hIj9kLm2n", drawn.GetProperty("scene").GetString());
        Assert.Equal("pages/course/detail", drawn.GetProperty("page").GetString());
        Assert.True(drawn.GetProperty("checkPath").GetBoolean());
        Assert.Equal("release", drawn.GetProperty("envVersion").GetString());
        Assert.Equal(430, drawn.GetProperty("width").GetInt32());
        Assert.Equal(response.Value.Content.Length, drawn.GetProperty("bytes").GetInt32());
    }

    [Fact]
    public async Task SendsTheConfiguredVersionWidthAndPathCheck()
    {
        await using var configured = await ProductHost.StartAsync(WeChat.BaseUrl, new Dictionary<string, string?>
        {
            ["WeChat:MiniProgramCode:EnvVersion"] = "trial",
            ["WeChat:MiniProgramCode:Width"] = "280",
            ["WeChat:MiniProgramCode:CheckPath"] = "false",
        });

        var response = await configured.Services.GetRequiredService<IMiniProgramCodes>()
            .GetUnlimitedAsync("scene1", "pages/not/released", CancellationToken.None);

        Assert.Null(response.Failure);
        var drawn = Assert.Single(await WeChat.MiniProgramCodesAsync());
        Assert.Equal("trial", drawn.GetProperty("envVersion").GetString());
        Assert.Equal(280, drawn.GetProperty("width").GetInt32());
        Assert.False(drawn.GetProperty("checkPath").GetBoolean());
    }

    [Theory]
    [InlineData("pages/unknown/page", "scene1", 41030)]
    [InlineData("/pages/course/detail", "scene1", 41030)]
    [InlineData("pages/course/detail", "has space", 40129)]
    [InlineData("pages/course/detail", "0123456789abcdef0123456789abcdefX", 40169)]
    public async Task ReportsTheErrcodeWeChatAnswersInsteadOfAnImage(string page, string scene, int errCode)
    {
        var response = await Codes.GetUnlimitedAsync(scene, page, CancellationToken.None);

        Assert.Equal(new WeChatFailure(WeChatFailureKind.Rejected, errCode), response.Failure);
        Assert.Empty(await WeChat.MiniProgramCodesAsync());
    }

    [Fact]
    public async Task RenewsAStaleAccessTokenOnceAndDrawsAgain()
    {
        await Codes.GetUnlimitedAsync("first", "pages/course/detail", CancellationToken.None);
        await WeChat.ArmFaultAsync("getUnlimitedQRCode", 40001);

        var response = await Codes.GetUnlimitedAsync("second", "pages/course/detail", CancellationToken.None);

        Assert.Null(response.Failure);
        Assert.Equal(2, await WeChat.CallsAsync("getStableAccessToken"));
        Assert.Equal(3, await WeChat.CallsAsync("getUnlimitedQRCode"));
    }

    [Fact]
    public async Task ReportsUnavailableWhenWeChatIsBusy()
    {
        await WeChat.ArmFaultAsync("getUnlimitedQRCode", -1);

        var response = await Codes.GetUnlimitedAsync("scene1", "pages/course/detail", CancellationToken.None);

        Assert.Equal(new WeChatFailure(WeChatFailureKind.Unavailable, -1), response.Failure);
    }
}
