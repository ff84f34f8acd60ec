using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>
/// Retries, timeouts and circuit breaking for the WeChat HttpClients, from Microsoft.Extensions.Http.Resilience.
/// Retries only where the call is safe to repeat: WeChat Pay is idempotent on out_trade_no / out_refund_no, and
/// stable_token without force_refresh returns the current token; code2Session and getPhoneNumber spend one-time codes,
/// so a repeat after WeChat used the code could only answer "code used".
/// </summary>
internal static class WeChatResilience
{
    /// <summary>Half the calls of the sampling window failed, with at least the minimum throughput: stop asking for a while.</summary>
    private const double FailureRatio = 0.5;

    private static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An answer WeChat may never have acted on, or acted on without telling us: a 5xx, a dropped connection or an attempt
    /// that ran out of time. Refusals (4xx, errcodes) are answers and are not repeated.
    /// </summary>
    public static readonly PredicateBuilder<HttpResponseMessage> NoAnswer = new PredicateBuilder<HttpResponseMessage>()
        .Handle<HttpRequestException>()
        .Handle<TimeoutRejectedException>()
        .HandleResult(response => (int)response.StatusCode >= 500);

    /// <summary>
    /// Outer to inner: retry (when <paramref name="retry"/> and MaxRetries &gt; 0; the n-th repeat waits n × RetryDelay), the
    /// circuit breaker, then the timeout of each attempt.
    /// </summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, WeChatHttpSettings settings, bool retry)
    {
        if (retry && settings.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                ShouldHandle = NoAnswer,
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Linear,
                UseJitter = false,
                ShouldRetryAfterHeader = false,
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            ShouldHandle = NoAnswer,
            FailureRatio = FailureRatio,
            MinimumThroughput = settings.CircuitBreakerMinimumThroughput,
            SamplingDuration = SamplingDuration,
            BreakDuration = settings.CircuitBreakDuration,
        });
        pipeline.AddTimeout(settings.RequestTimeout);
    }

    /// <summary>The pipeline refused to send (the circuit is open) or the last attempt ran out of time.</summary>
    public static bool IsRejection(Exception exception) => exception is BrokenCircuitException or TimeoutRejectedException;
}
