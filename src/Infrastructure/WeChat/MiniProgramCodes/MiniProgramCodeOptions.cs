using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat.MiniProgramCodes;

/// <summary>
/// Section <c>WeChat:MiniProgramCode</c>: how share posters' 小程序码 are drawn
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode.html).
/// </summary>
public sealed class MiniProgramCodeOptions
{
    public const string SectionName = "WeChat:MiniProgramCode";

    /// <summary>Which version of the mini program a scan opens: release, trial or develop.</summary>
    [AllowedValues("release", "trial", "develop")]
    public string EnvVersion { get; set; } = "release";

    /// <summary>The code's width in pixels, 280 to 1280 (WeChat's default is 430).</summary>
    [Range(280, 1280)]
    public int Width { get; set; } = 430;

    /// <summary>
    /// When true WeChat refuses a page the released mini program lacks (41030); turn it off to draw codes for pages
    /// not yet released (WeChat caps such pages at 60,000).
    /// </summary>
    public bool CheckPath { get; set; } = true;
}
