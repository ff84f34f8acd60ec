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
    public string[] MiniProgramPages { get; set; } =
        ["pages/index/index", "pages/course/detail", "pages/gift/claim", "pages/order/detail", "pages/member/index"];

    /// <summary>
    /// The subscription-message templates the simulated mini program has picked (我的模板): id and data keys. The defaults
    /// match the product's development settings; tests add more through <c>POST /__sim/subscription-templates</c>.
    /// </summary>
    public SubscriptionTemplate[] SubscriptionTemplates { get; set; } =
    [
        new() { TemplateId = "kpSimOrderPaidxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", Keys = ["thing1", "amount2", "time3", "character_string4"] },
        new() { TemplateId = "kpSimRefundCompletedxxxxxxxxxxxxxxxxxxxxxxx", Keys = ["thing1", "amount2", "time3", "character_string4"] },
        new() { TemplateId = "kpSimMembershipExpiringxxxxxxxxxxxxxxxxxxxx", Keys = ["thing1", "time2", "thing3"] },
        new() { TemplateId = "kpSimGroupBuyCompletedxxxxxxxxxxxxxxxxxxxxx", Keys = ["thing1", "number2", "time3"] },
        new() { TemplateId = "kpSimCampaignOfferxxxxxxxxxxxxxxxxxxxxxxxxx", Keys = ["thing1", "thing2"] },
        new() { TemplateId = "kpSimDataExportReadyxxxxxxxxxxxxxxxxxxxxxxx", Keys = ["thing1", "time2", "thing3"] },
    ];
}

/// <summary>A subscription-message template: its id and the data keys (thing1, amount2…) a message must fill.</summary>
public sealed class SubscriptionTemplate
{
    [Required]
    public string TemplateId { get; set; } = string.Empty;

    [MinLength(1)]
    public string[] Keys { get; set; } = [];
}
