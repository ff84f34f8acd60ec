using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>Section <c>WeChat</c>: the mini program's credentials and where the WeChat API is (the simulator in dev and tests).</summary>
public sealed class WeChatOptions : IWeChatHttpSettings
{
    public const string SectionName = "WeChat";

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.weixin.qq.com/");

    [Required]
    public string AppId { get; set; } = string.Empty;

    /// <summary>Sent in code2Session's query string, which is why the WeChat HttpClient never logs request URLs.</summary>
    [Required]
    public string AppSecret { get; set; } = string.Empty;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Applies to <c>stable_token</c> only; calls that spend a one-time code are never repeated.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(2, 1000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
