namespace KnowledgePay.Application.Risk;

/// <summary>
/// Section <c>Risk:UnknownOrderNotifications</c>: authentic payment notifications for order numbers we never issued are
/// rare (a test merchant, a mis-routed notify_url, a replay); this many within the window raise a flag on the source.
/// </summary>
public sealed class UnknownOrderNotificationOptions
{
    public const string SectionName = "Risk:UnknownOrderNotifications";

    /// <summary>The window the notifications are counted over, in minutes.</summary>
    public int WindowMinutes { get; set; } = 60;

    /// <summary>This many unknown-order notifications from one source in the window raise a flag.</summary>
    public int Threshold { get; set; } = 5;
}
