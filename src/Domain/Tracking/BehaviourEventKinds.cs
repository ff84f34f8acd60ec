namespace KnowledgePay.Domain.Tracking;

public static class BehaviourEventKinds
{
    /// <summary>Kinds only the server records (from orders and reviews), so clients cannot forge them.</summary>
    public static bool IsServerRecorded(this BehaviourEventKind kind) =>
        kind is BehaviourEventKind.Purchase or BehaviourEventKind.Refund or BehaviourEventKind.Review;

    public static bool NeedsLesson(this BehaviourEventKind kind) =>
        kind is BehaviourEventKind.LessonStart or BehaviourEventKind.Progress or BehaviourEventKind.LessonComplete;
}
