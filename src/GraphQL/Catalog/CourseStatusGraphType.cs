using GraphQL.Types;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class CourseStatusGraphType : EnumerationGraphType<CourseStatus>
{
    public CourseStatusGraphType()
    {
        Name = "CourseStatus";
        Description = "Draft (being written), published (on sale) or archived (no longer sold; buyers keep access).";
    }
}
