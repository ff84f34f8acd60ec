namespace KnowledgePay.Domain.Moderation;

public static class ModerationLimits
{
    /// <summary>Up to WeChat's 2500-character msgSecCheck limit: the longest text screened.</summary>
    public const int TextSnapshotLength = 2500;

    public const int ReportReasonLength = 200;

    /// <summary>Reports that hold visible content until a moderator looks, unless the operator sets another number.</summary>
    public const int DefaultReportsToHold = 3;
}
