using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>Section <c>Risk:SignalSweep</c>: how often access signals past their retention are deleted.</summary>
public sealed class RiskSignalSweepOptions
{
    public const string SectionName = "Risk:SignalSweep";

    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
