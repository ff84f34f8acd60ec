using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Profiles.Scoring;

/// <summary>The events of one kind on one course on one day (<see cref="BehaviourEvent.OccurredOnDay"/>), counted in SQL.</summary>
public sealed record DailyEvents(Guid CourseId, BehaviourEventKind Kind, int Day, int Count, int ProgressPercentSum)
{
    public double DecayedWeight(int today, double halfLifeDays) =>
        EventWeights.Of(Kind, Count, ProgressPercentSum) * TimeDecay.Factor(today - Day, halfLifeDays);
}
