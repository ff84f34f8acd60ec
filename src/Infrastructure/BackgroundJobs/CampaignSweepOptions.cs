using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>Section <c>Campaigns:Sweep</c>: how often campaigns run on schedule, deferred actions go out and trigger events are raised.</summary>
public sealed class CampaignSweepOptions
{
    public const string SectionName = "Campaigns:Sweep";

    /// <summary>Off only where something else drives the sweeps (tests run the commands themselves).</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 200;

    /// <summary>How long after a course-page view without a purchase the learner counts as "viewed without buying".</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ViewedWithoutPurchaseAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How far back views are considered at all.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")]
    public TimeSpan ViewLookBack { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long before its expiry a membership counts as "expiring".</summary>
    [Range(typeof(TimeSpan), "01:00:00", "60.00:00:00")]
    public TimeSpan MembershipExpiryNotice { get; set; } = TimeSpan.FromDays(3);
}
