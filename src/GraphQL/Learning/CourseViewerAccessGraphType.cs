using GraphQL.Types;
using KnowledgePay.Application.Learning.Queries;

namespace KnowledgePay.GraphQL.Learning;

internal sealed class CourseViewerAccessGraphType : ObjectGraphType<CourseAccessDto>
{
    public CourseViewerAccessGraphType()
    {
        Name = "CourseViewerAccess";
        Description = "Where the signed-in caller stands in a course.";
        Field(a => a.Enrolled).Description("Whether the caller has an active enrollment (bought or granted, not refunded).");
        Field(a => a.CanOpen).Description("Whether the caller may open its paid lessons now: enrolled, or a member of a plan that covers it.");
        Field(a => a.ProgressPercent).Description("Completed lessons out of all the course's lessons, 0 to 100.");
        Field(a => a.LastStudiedAt, nullable: true).Description("When the caller last reported progress in the course.");
    }
}
