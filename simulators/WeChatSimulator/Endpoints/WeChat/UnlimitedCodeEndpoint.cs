using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.MiniProgramCodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>
/// <c>POST /wxa/getwxacodeunlimit</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode.html): draws
/// a 小程序码 for <c>scene</c> and <c>page</c> and answers the image itself (a PNG from <see cref="CodePicture"/>),
/// or a JSON errcode: 40169 scene empty or over 32 characters, 40129 a character outside
/// <c>[0-9A-Za-z!#$&amp;'()*+,/:;=?@-._~]</c>, 41030 a page with a leading slash or a query, or (check_path, default
/// true) one the mini program does not have (<see cref="WeChatSimulatorOptions.MiniProgramPages"/>), 40097 an env_version
/// other than release/trial/develop or a width outside 280–1280 [U].
/// </summary>
internal static class UnlimitedCodeEndpoint
{
    private const int MaxSceneLength = 32;
    private const int DefaultWidth = 430;
    private const string SceneSymbols = "!#$&'()*+,/:;=?@-._~";

    private static readonly string[] EnvVersions = ["release", "trial", "develop"];

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/wxa/getwxacodeunlimit", HandleAsync).AsWeChatApi(WeChatApi.GetUnlimitedQRCode);

    private static async Task<IResult> HandleAsync(
        [FromQuery(Name = "access_token")] string? accessToken,
        HttpRequest request,
        StableAccessTokens tokens,
        DrawnCodes drawn,
        IOptions<WeChatSimulatorOptions> options,
        SimulatedClock clock)
    {
        if (BusinessApiAccess.Check(tokens, accessToken) is { } accessError)
        {
            return WeChatResults.Error(accessError);
        }
        var (isWellFormed, body) = await JsonBody.TryReadAsync<UnlimitedCodeRequest>(request, WeChatResults.Json);
        if (!isWellFormed || body is null)
        {
            return WeChatResults.Error(WeChatErrors.DataFormatError);
        }
        var page = body.Page ?? options.Value.MiniProgramPages[0];
        var checkPath = body.CheckPath ?? true;
        var envVersion = body.EnvVersion ?? "release";
        var width = body.Width ?? DefaultWidth;
        if (Refusal(body.Scene, page, checkPath, envVersion, width, options.Value.MiniProgramPages) is { } refusal)
        {
            return WeChatResults.Error(refusal);
        }
        var image = CodePicture.Draw(body.Scene!, width);
        drawn.Add(new DrawnCode(body.Scene!, page, checkPath, envVersion, width, "image/png", image.Length, clock.GetUtcNow()));
        return Results.File(image, "image/png");
    }

    private static WeChatError? Refusal(
        string? scene, string page, bool checkPath, string envVersion, int width, IReadOnlyList<string> pages)
    {
        if (scene is not { Length: > 0 and <= MaxSceneLength })
        {
            return WeChatErrors.InvalidSceneLength;
        }
        if (!scene.All(c => char.IsAsciiLetterOrDigit(c) || SceneSymbols.Contains(c)))
        {
            return WeChatErrors.InvalidScene;
        }
        if (page.StartsWith('/') || page.Contains('?') || (checkPath && !pages.Contains(page)))
        {
            return WeChatErrors.InvalidPage;
        }
        return EnvVersions.Contains(envVersion) && width is >= 280 and <= 1280 ? null : WeChatErrors.InvalidArgs;
    }

    private sealed record UnlimitedCodeRequest(
        [property: JsonPropertyName("scene")] string? Scene,
        [property: JsonPropertyName("page")] string? Page,
        [property: JsonPropertyName("check_path")] bool? CheckPath,
        [property: JsonPropertyName("env_version")] string? EnvVersion,
        [property: JsonPropertyName("width")] int? Width);
}
