using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.Outbox;

/// <summary>Section <c>Outbox</c>: how each instance delivers stored domain events to their after-commit handlers.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Off only where something else drains the outbox (tests call <see cref="OutboxDispatcher.DrainAsync"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often to look for due messages when no commit signalled new ones (retries, other instances' work).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages claimed per round.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim holds; after it runs out another instance may deliver the message (its dispatcher died).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after the first failed delivery; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan RetryDelayAfter(int attempts)
    {
        var doublings = Math.Min(Math.Max(attempts - 1, 0), 30);
        var delay = RetryDelay.Ticks * (1L << doublings);
        return delay <= 0 || delay > MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks(delay);
    }
}
