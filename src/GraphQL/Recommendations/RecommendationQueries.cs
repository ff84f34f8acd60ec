using FluentValidation;
using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Recommendations.Queries;
using KnowledgePay.Application.Recommendations.Queries.GetRecommendations;
using KnowledgePay.Application.Recommendations.Queries.GetRecommenderModel;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Recommendations;

internal static class RecommendationQueries
{
    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<RecommendedCourseGraphType, RecommendedCourseDto>>, Page<RecommendedCourseDto>>("recommendations")
            .Description("Courses for the caller, best first, each with a reason. Signed-in learners with personalisation consent get "
                + "picks from their profile as it is now; anonymous callers and learners without consent get what is popular. "
                + "Owned and unpublished courses never appear; one category holds at most "
                + $"{GetRecommendationsQuery.MaxPerCategory} places while others have candidates (unless the context is a category).")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<RecommendationContextInputGraphType>("context", "Where the list is shown (a category or tag page).")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                ctx.RequestServices!.GetRequiredService<IValidator<GetRecommendationsQuery>>(),
                Recommendations(ctx.GetArgument("first", PageRequest.DefaultSize), ctx.GetArgument<string?>("after"), ctx.GetArgument<RecommendationContext?>("context"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                Recommendations(ctx.GetArgument("first", PageRequest.DefaultSize), ctx.GetArgument<string?>("after"), ctx.GetArgument<RecommendationContext?>("context"))));
        query.Field<RecommenderModelGraphType>("recommenderModel")
            .Description("Admins: the recommender model being served; null before the first training.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetRecommenderModelQuery()));
    }

    private static GetRecommendationsQuery Recommendations(int first, string? after, RecommendationContext? context) =>
        new(first, after, context ?? RecommendationContext.Anywhere);
}
