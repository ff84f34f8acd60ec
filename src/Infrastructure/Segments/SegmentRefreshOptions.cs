using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.Segments;

/// <summary>Section <c>Segments:Refresh</c>: how often every segment's membership is materialised again.</summary>
public sealed class SegmentRefreshOptions
{
    public const string SectionName = "Segments:Refresh";

    public bool Enabled { get; set; } = true;

    /// <summary>Time between refreshes of every segment; the first runs this long after start.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
