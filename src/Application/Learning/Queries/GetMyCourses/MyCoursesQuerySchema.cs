using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Application.Learning.Queries.GetMyCourses;

/// <summary>myCourses pages newest enrollment first and offers no filter or other order.</summary>
internal static class MyCoursesQuerySchema
{
    public static FilterSchema<Enrollment> Filter { get; } = new("MyCourse");

    public static SortSchema<Enrollment> Sort { get; } = new SortSchema<Enrollment>("MyCourse").Field("grantedAt", e => e.GrantedAt);

    public static IReadOnlyList<SortField> NewestFirst { get; } = [new("grantedAt", SortDirection.Descending)];
}
