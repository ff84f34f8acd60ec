namespace KnowledgePay.Application.Profiles.Scoring;

/// <summary>Exponential decay: an event <c>halfLife</c> days old counts half, twice that a quarter.</summary>
public static class TimeDecay
{
    public static double Factor(int ageDays, double halfLifeDays) =>
        Math.Pow(0.5, Math.Max(ageDays, 0) / halfLifeDays);
}
