using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>Section <c>Orders:Sweep</c>: how often each instance closes expired orders and reconciles pending ones.</summary>
public sealed class OrderSweepOptions
{
    public const string SectionName = "Orders:Sweep";

    /// <summary>Off only where something else drives the sweeps (tests run the commands themselves).</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Orders each command claims per round.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long an order stays pending (or a refund processing) before we ask WeChat Pay instead of waiting for its notification.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(5);
}
