using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>Section <c>Privacy:Sweep</c>: how often downloaded and expired data export archives are deleted.</summary>
public sealed class DataExportSweepOptions
{
    public const string SectionName = "Privacy:Sweep";

    /// <summary>Off only where something else drives the sweep (tests run the command themselves).</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 100;
}
