using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Recommendations.Queries.GetSimilarCourses;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Recommendations;

internal static class CourseRecommendationFields
{
    public static void AddTo(ObjectGraphType<CourseDto> course)
    {
        course.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendedCourseGraphType>>>>("similarCourses")
            .Description("Published courses most like this one (by the recommender's course vectors), never one the caller owns; "
                + "empty until the model knows the course.")
            .Argument<IntGraphType>("first", $"How many (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Resolve(ctx => ctx.Loader<SimilarCoursesByCourseIdLoader>()
                .LoadAsync(new SimilarCoursesKey(ctx.Source.Id, ctx.GetArgument("first", PageRequest.DefaultSize)))
                .Then(similar => similar ?? []));
        course.Field<FloatGraphType>("predictedRating")
            .Description("The stars (1 to 5) the recommender expects the signed-in caller to give the course, learned from learners' "
                + "reviews and behaviour (SVD++); always the caller's own, never another learner's. Null for an anonymous caller, "
                + "without the caller's personalisation consent, or until the model has ratings of the course and ratings or "
                + "behaviour of the caller.")
            .Resolve(ctx => ctx.Loader<PredictedRatingByCourseIdLoader>().LoadAsync(ctx.Source.Id)
                .Then(stars => stars is { } predicted ? Math.Round(predicted, 2) : (double?)null));
    }
}
