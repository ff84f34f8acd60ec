namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>How a WeChat HttpClient times, repeats and breaks its calls (see <see cref="WeChatResilience"/>).</summary>
internal interface IWeChatHttpSettings
{
    /// <summary>How long one attempt may take before its outcome counts as unknown.</summary>
    TimeSpan RequestTimeout { get; }

    /// <summary>Repeats of a call that is safe to repeat, after a 5xx, a timeout or a dropped connection.</summary>
    int MaxRetries { get; }

    /// <summary>The wait before the first repeat; the n-th repeat waits n times as long.</summary>
    TimeSpan RetryDelay { get; }

    /// <summary>Calls within 30 s before the circuit may open (when half of them got no answer).</summary>
    int CircuitBreakerMinimumThroughput { get; }

    /// <summary>How long an open circuit answers "unavailable" without asking WeChat.</summary>
    TimeSpan CircuitBreakDuration { get; }
}
