using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.WeChatSimulator;

/// <summary>The simulated mini program's credentials and platform behaviour (section <c>WeChatSimulator</c>).</summary>
public sealed class WeChatSimulatorOptions
{
    public const string SectionName = "WeChatSimulator";

    /// <summary>Development-only credentials used when nothing is configured; the product's dev settings use the same.</summary>
    public const string DevelopmentAppId = "wx5e7a1d0c3b2f4968";
    public const string DevelopmentAppSecret = "0123456789abcdef0123456789abcdef";

    [Required]
    [RegularExpression("^wx[0-9a-f]{16}$")]
    public string AppId { get; set; } = DevelopmentAppId;

    [Required]
    [RegularExpression("^[0-9a-f]{32}$")]
    public string AppSecret { get; set; } = DevelopmentAppSecret;

    /// <summary>When true code2Session returns each user's unionid, as for an app bound to an Open Platform account.</summary>
    public bool BoundToOpenPlatform { get; set; }

    /// <summary>When true every minted login code (a simulated <c>wx.login</c>) gives the user a new session_key.</summary>
    public bool RotateSessionKeyOnLogin { get; set; } = true;

    /// <summary>
    /// The pages of the simulated mini program's released version: getwxacodeunlimit refuses others while check_path
    /// is on. The first is the home page, used when no page is given.
    /// </summary>
    [MinLength(1)]
    public string[] MiniProgramPages { get; set; } = ["pages/index/index", "pages/course/detail", "pages/gift/claim"];
}
