using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Application.Risk;

/// <summary>
/// Section <c>Risk:RefundAbuse</c>: when one learner's refunds look like buying to read and refunding. The defaults sit
/// above an honest learner's worst month (one or two refunds) and below the pattern the issue names (ten in a row).
/// </summary>
public sealed class RefundAbuseOptions
{
    public const string SectionName = "Risk:RefundAbuse";

    /// <summary>The window the refunds and paid orders are counted over, in days.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>This many refunds in the window raise a flag.</summary>
    public int MaxRefunds { get; set; } = 3;

    /// <summary>The refunded share is judged once the learner paid at least this many orders in the window…</summary>
    public int MinPaidOrdersForShare { get; set; } = 4;

    /// <summary>…and at least this share of them (0–1) was refunded.</summary>
    public double RefundedShare { get; set; } = 0.5;

    /// <summary>A refund counts as taken after consuming the course when at least this share of it (0–100) was opened…</summary>
    public int ConsumedPercent { get; set; } = 10;

    /// <summary>…and such a refund counts this many times towards <see cref="MaxRefunds"/>.</summary>
    public int ConsumedRefundWeight { get; set; } = 2;

    public RefundAbuseThresholds Thresholds => new(MaxRefunds, MinPaidOrdersForShare, RefundedShare, ConsumedRefundWeight);
}
