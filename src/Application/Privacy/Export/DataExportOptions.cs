using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Application.Privacy.Export;

/// <summary>Section <c>Privacy</c>: how long a data export is kept and how long a download link lasts.</summary>
public sealed class DataExportOptions
{
    public const string SectionName = "Privacy";

    /// <summary>How long a download link works after it is made (minutes).</summary>
    [Range(1, 1440)]
    public int DownloadLinkMinutes { get; set; } = 10;

    /// <summary>How long a built export may be downloaded before the sweep deletes it (days).</summary>
    [Range(1, 90)]
    public int ExportRetentionDays { get; set; } = 7;

    public TimeSpan DownloadLinkLifetime => TimeSpan.FromMinutes(DownloadLinkMinutes);

    public TimeSpan ExportRetention => TimeSpan.FromDays(ExportRetentionDays);
}
