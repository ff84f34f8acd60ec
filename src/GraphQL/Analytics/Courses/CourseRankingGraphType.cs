using GraphQL.Types;
using KnowledgePay.Application.Analytics.Courses;

namespace KnowledgePay.GraphQL.Analytics.Courses;

internal sealed class CourseRankingGraphType : EnumerationGraphType<CourseRanking>
{
    public CourseRankingGraphType()
    {
        Name = "CourseRanking";
        Description = "What courses are ranked by, highest first: GMV, VIEWS, CONVERSION (buyers per viewer), REFUND_RATE, "
            + "RATING (average stars) or COMPLETION; courses without a denominator for the rate come last.";
    }
}
