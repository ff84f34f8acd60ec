using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>Section <c>WeChat</c>: the mini program's credentials and where the WeChat API is (the simulator in dev and tests).</summary>
public sealed class WeChatOptions
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
