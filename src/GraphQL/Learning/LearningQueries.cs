using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Application.Learning.Queries.GetMyCourses;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Learning;

internal static class LearningQueries
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<MyCourseGraphType, EnrollmentDto>>, Page<EnrollmentDto>>("myCourses")
            .Description("Signed-in users: the courses they may study (bought or granted, not refunded), newest first.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetMyCoursesQuery(
                    new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                    ctx.AsksForTotalCount())));
}
