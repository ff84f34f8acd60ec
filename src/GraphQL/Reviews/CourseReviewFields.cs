using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.Application.Reviews.Queries.GetCourseReviews;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Reviews;

internal static class CourseReviewFields
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<CourseDto> course) =>
        course.Field<NonNullGraphType<ConnectionGraphType<ReviewGraphType, ReviewDto>>>("reviews")
            .Description("Anyone: the course's visible reviews, and the signed-in caller's own review whatever its status.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<ReviewOrderGraphType>("orderBy", "The order (default NEWEST).")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .Resolve(ctx => ctx.Loader<CourseReviewsLoader>()
                .LoadAsync(new CourseReviewsKey(
                    ctx.Source.Id, ctx.GetArgument("orderBy", ReviewOrder.Newest), Page(ctx), ctx.AsksForTotalCount()))
                .Then(page => page!));

    private static PageRequest Page(IResolveFieldContext context) =>
        new(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
}
