using GraphQL.Types;
using KnowledgePay.Application.Analytics.Funnel;

namespace KnowledgePay.GraphQL.Analytics.Funnel;

internal sealed class FunnelStepGraphType : ObjectGraphType<FunnelStepDto>
{
    public FunnelStepGraphType()
    {
        Name = "FunnelStep";
        Description = "Users who reached a step through every step before it, for the same course.";
        Field(s => s.Step, type: typeof(NonNullGraphType<FunnelStepKindGraphType>));
        Field(s => s.Users).Description("Distinct users.");
        Field(s => s.ConversionFromPrevious, nullable: true).Description("Users as a share of the step before; null on the first step or when the step before has none.");
        Field(s => s.ConversionFromFirst, nullable: true).Description("Users as a share of the first step's; null when that has none.");
    }
}
