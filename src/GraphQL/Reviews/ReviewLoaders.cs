using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.Application.Reviews.Queries.GetCourseReviews;
using KnowledgePay.Application.Reviews.Queries.GetHelpfulVotesByReviewIds;
using KnowledgePay.Application.Reviews.Queries.GetReviewsByIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Reviews;

public sealed class ReviewByIdLoader(QueryScope scope)
    : BatchLoader<Guid, ReviewDto>(scope, ids => new GetReviewsByIdsQuery(ids));

/// <summary>Whether the caller voted reviews helpful.</summary>
public sealed class HelpfulVoteByReviewIdLoader(QueryScope scope)
    : BatchLoader<Guid, bool>(scope, ids => new GetHelpfulVotesByReviewIdsQuery(ids));

/// <summary>Pages of courses' reviews, one per course, order and window asked for.</summary>
public sealed class CourseReviewsLoader(QueryScope scope)
    : BatchLoader<CourseReviewsKey, Page<ReviewDto>>(scope, keys => new GetCourseReviewsQuery(keys));
