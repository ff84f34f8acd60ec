using GraphQL.Types;
using KnowledgePay.Application.Reviews.Queries.GetCourseReviews;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.GraphQL.Reviews;

internal sealed class ReviewStatusGraphType : EnumerationGraphType<ModerationStatus>
{
    public ReviewStatusGraphType()
    {
        Name = "ReviewStatus";
        Description = "Who sees a review or reply: VISIBLE everyone; HELD only its author until a moderator decides; HIDDEN only its author. "
            + "Only visible reviews count in the course's rating.";
    }
}

internal sealed class ReviewOrderGraphType : EnumerationGraphType<ReviewOrder>
{
    public ReviewOrderGraphType()
    {
        Name = "ReviewOrder";
        Description = "How course.reviews is ordered; ties go newest first.";
    }
}
