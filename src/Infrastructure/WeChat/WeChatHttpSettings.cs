using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>
/// How a WeChat HttpClient times, repeats and breaks its calls (see <see cref="WeChatResilience"/>); the sections
/// <c>WeChat</c> and <c>WeChatPay</c> each carry these settings.
/// </summary>
public abstract class WeChatHttpSettings
{
    /// <summary>How long one attempt may take before its outcome counts as unknown.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Repeats of a call that is safe to repeat, after a 5xx, a timeout or a dropped connection.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The wait before the first repeat; the n-th repeat waits n times as long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Calls within 30 s before the circuit may open (when half of them got no answer).</summary>
    [Range(2, 1000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>How long an open circuit answers "unavailable" without asking WeChat.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
