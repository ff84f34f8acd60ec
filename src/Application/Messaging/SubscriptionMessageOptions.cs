using KnowledgePay.Domain.Messaging;

namespace KnowledgePay.Application.Messaging;

/// <summary>
/// Section <c>WeChat:SubscriptionMessages</c>: each <see cref="MessageTemplate"/>'s WeChat template (chosen in the mini
/// program's admin console, 订阅消息 → 我的模板) and how the product sends them.
/// </summary>
public sealed class SubscriptionMessageOptions
{
    public const string SectionName = "WeChat:SubscriptionMessages";

    /// <summary>miniprogram_state: which version a tap on the message opens — developer, trial or formal.</summary>
    public string MiniProgramState { get; set; } = "formal";

    /// <summary>lang: the language of 进入小程序查看 — zh_CN, en_US, zh_HK or zh_TW.</summary>
    public string Lang { get; set; } = "zh_CN";

    public Dictionary<MessageTemplate, SubscriptionTemplateOptions> Templates { get; set; } = [];
}

public sealed class SubscriptionTemplateOptions
{
    /// <summary>WeChat's template id (43 characters), as the mini program passes it to wx.requestSubscribeMessage.</summary>
    public string TemplateId { get; set; } = string.Empty;

    /// <summary>The page a tap opens when the request names none; empty for no jump.</summary>
    public string Page { get; set; } = string.Empty;

    /// <summary>Off: nothing of this template is sent, and the mini program is not told to ask for it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Logical field name (title, amount, time…) → the template's WeChat key (thing1, amount2, time3…). The key's type,
    /// its name without the number, sets WeChat's rule for the value.
    /// </summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);
}
