using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Profiles.Scoring;

/// <summary>How much each kind of event says about interest; the one place these numbers live.</summary>
public static class EventWeights
{
    /// <summary>A progress event's weight at 100 %; less progress counts proportionally less.</summary>
    public const double FullProgress = 3;

    public static double Of(BehaviourEventKind kind) => kind switch
    {
        BehaviourEventKind.View => 1,
        BehaviourEventKind.Click => 1,
        BehaviourEventKind.Favourite => 3,
        BehaviourEventKind.Unfavourite => -3,
        BehaviourEventKind.LessonStart => 2,
        BehaviourEventKind.Progress => FullProgress,
        BehaviourEventKind.LessonComplete => 4,
        BehaviourEventKind.Share => 3,
        BehaviourEventKind.Purchase => 8,
        BehaviourEventKind.Refund => -8,
        BehaviourEventKind.Review => 3,
        _ => 0,
    };

    /// <summary>The weight of <paramref name="count"/> events of one kind; progress counts by its summed percentages.</summary>
    public static double Of(BehaviourEventKind kind, int count, int progressPercentSum) =>
        kind == BehaviourEventKind.Progress ? FullProgress * progressPercentSum / 100 : Of(kind) * count;
}
