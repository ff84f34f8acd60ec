namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>How one kind of notification is signed on each attempt and what counts as the merchant's acknowledgement.</summary>
internal interface INotificationProtocol
{
    /// <summary>The request of one attempt, with the notification's faults applied.</summary>
    OutgoingNotification Prepare(Notification notification);

    bool IsAcknowledged(int status, string reply);
}

/// <param name="Url">Where it goes, with the query string the protocol signs.</param>
internal sealed record OutgoingNotification(string Url, IReadOnlyDictionary<string, string> Headers, byte[] Body);
