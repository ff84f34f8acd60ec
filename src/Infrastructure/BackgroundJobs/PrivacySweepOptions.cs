using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>Section <c>Privacy:Sweep</c>: how often accounts whose deletion has cooled off are erased and spent data export archives deleted.</summary>
public sealed class PrivacySweepOptions
{
    public const string SectionName = "Privacy:Sweep";

    /// <summary>Off only where something else drives the sweep (tests run the command themselves).</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;
}
