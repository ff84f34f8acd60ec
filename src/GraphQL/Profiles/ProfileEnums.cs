using GraphQL.Types;
using KnowledgePay.Application.Profiles.Scoring;

namespace KnowledgePay.GraphQL.Profiles;

internal sealed class PriceBandGraphType : EnumerationGraphType<PriceBand>
{
    public PriceBandGraphType()
    {
        Name = "PriceBand";
        Description = "Free, under ¥50, ¥50 to ¥199, or ¥200 and more.";
    }
}

internal sealed class ActivityLevelGraphType : EnumerationGraphType<ActivityLevel>
{
    public ActivityLevelGraphType()
    {
        Name = "ActivityLevel";
        Description = "From the events of the last 7 and 30 days: DORMANT (none in 30 days), CASUAL, ACTIVE, POWER.";
    }
}
