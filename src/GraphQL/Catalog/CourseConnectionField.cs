using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Catalog;

internal static class CourseConnectionField
{
    /// <summary>A <c>courses</c> connection with where, order and search, narrowed by <paramref name="scope"/> (e.g. one creator's).</summary>
    public static FieldBuilder<TSource, Page<CourseDto>> CoursesField<TSource>(
        this ObjectGraphType<TSource> parent,
        FilterInputTypes filters,
        SortInputTypes sorts,
        Func<IResolveFieldContext<TSource>, Filter?> scope) =>
        parent.ConnectionField<TSource, CourseGraphType, CourseDto>(
                "courses", (filters, CourseQuerySchema.Filter), (sorts, CourseQuerySchema.Sort))
            .Argument<StringGraphType>("search", "Words that must all appear in the title or summary (case-insensitive).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetCoursesQuery(
                ctx.ToQueryContext<CourseDto>(CourseQuerySchema.Filter, scope(ctx)),
                ctx.GetArgument<string?>("search"))));
}
