using GraphQL.Types;
using KnowledgePay.Application.Analytics.Funnel;

namespace KnowledgePay.GraphQL.Analytics.Funnel;

internal sealed class FunnelStepKindGraphType : EnumerationGraphType<FunnelStepKind>
{
    public FunnelStepKindGraphType()
    {
        Name = "FunnelStepKind";
        Description = "VIEW: saw a course (a view event, any page); COURSE_DETAIL: opened its page (a view from the course-detail page, "
            + "or a click); ORDER_CREATED: placed an order with a line for it; PAID: paid such an order; FIRST_LESSON: opened or "
            + "studied one of its lessons; COMPLETED: completed its last unfinished lesson. Each within the range.";
    }
}
