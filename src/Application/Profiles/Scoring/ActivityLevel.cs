namespace KnowledgePay.Application.Profiles.Scoring;

public enum ActivityLevel
{
    Dormant,
    Casual,
    Active,
    Power,
}

public static class ActivityLevels
{
    public const int PowerEventsPerWeek = 50;
    public const int ActiveEventsPerWeek = 10;
    public const int ActiveEventsPerMonth = 30;

    /// <summary>From the events of the last 7 and 30 days: none in 30 days is dormant.</summary>
    public static ActivityLevel Of(int eventsLast7Days, int eventsLast30Days) =>
        eventsLast30Days == 0 ? ActivityLevel.Dormant
        : eventsLast7Days >= PowerEventsPerWeek ? ActivityLevel.Power
        : eventsLast7Days >= ActiveEventsPerWeek || eventsLast30Days >= ActiveEventsPerMonth ? ActivityLevel.Active
        : ActivityLevel.Casual;
}
