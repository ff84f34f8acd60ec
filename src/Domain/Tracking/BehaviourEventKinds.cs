namespace KnowledgePay.Domain.Tracking;

public static class BehaviourEventKinds
{
    /// <summary>Kinds only the server records (from orders and reviews), so clients cannot forge them.</summary>
    public static bool IsServerRecorded(this BehaviourEventKind kind) =>
        kind is BehaviourEventKind.Purchase or BehaviourEventKind.Refund or BehaviourEventKind.Review;

    /// <summary>
    /// Kinds the server records from its own use cases: the server-only ones, and favourites kept through the
    /// favourites list (clients that do not use the list may still send them).
    /// </summary>
    public static bool IsRecordableByServer(this BehaviourEventKind kind) =>
        kind.IsServerRecorded() || kind is BehaviourEventKind.Favourite or BehaviourEventKind.Unfavourite;

    public static bool NeedsLesson(this BehaviourEventKind kind) =>
        kind is BehaviourEventKind.LessonStart or BehaviourEventKind.Progress or BehaviourEventKind.LessonComplete;
}
