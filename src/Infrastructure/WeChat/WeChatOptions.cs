using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>
/// Section <c>WeChat</c>: the mini program's credentials and where the WeChat API is (the simulator in dev and tests).
/// Only <c>stable_token</c> calls are repeated (<see cref="WeChatHttpSettings.MaxRetries"/>): the others spend one-time codes.
/// </summary>
public sealed class WeChatOptions : WeChatHttpSettings
{
    public const string SectionName = "WeChat";

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.weixin.qq.com/");

    [Required]
    public string AppId { get; set; } = string.Empty;

    /// <summary>Sent in code2Session's query string, which is why the WeChat HttpClient never logs request URLs.</summary>
    [Required]
    public string AppSecret { get; set; } = string.Empty;
}
