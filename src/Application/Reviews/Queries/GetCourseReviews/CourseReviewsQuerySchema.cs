using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Reviews;

namespace KnowledgePay.Application.Reviews.Queries.GetCourseReviews;

/// <summary>course.reviews offers the four orders of <see cref="ReviewOrder"/>, each ending newest first, and no filter.</summary>
internal static class CourseReviewsQuerySchema
{
    public static FilterSchema<Review> Filter { get; } = new("CourseReview");

    public static SortSchema<Review> Sort { get; } = new SortSchema<Review>("CourseReview")
        .Field("createdAt", r => r.CreatedAt)
        .Field("stars", r => r.Stars)
        .Field("helpfulCount", r => r.HelpfulCount);

    public static IReadOnlyList<SortField> OrderOf(ReviewOrder order) => order switch
    {
        ReviewOrder.Highest => [new("stars", SortDirection.Descending), NewestFirst],
        ReviewOrder.Lowest => [new("stars", SortDirection.Ascending), NewestFirst],
        ReviewOrder.MostHelpful => [new("helpfulCount", SortDirection.Descending), NewestFirst],
        _ => [NewestFirst],
    };

    private static SortField NewestFirst => new("createdAt", SortDirection.Descending);
}
