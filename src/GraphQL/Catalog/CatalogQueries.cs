using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCategories;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Catalog.Queries.GetCreators;
using KnowledgePay.Application.Catalog.Queries.GetManagedCourses;
using KnowledgePay.Application.Catalog.Queries.GetTags;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Catalog;

internal static class CatalogQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.CoursesField(filters, sorts, _ => null)
            .Description("Published courses, newest first unless ordered otherwise.");

        query.ConnectionField<object?, CourseGraphType, CourseDto>(
                "managedCourses", (filters, CourseQuerySchema.ManagedFilter), (sorts, CourseQuerySchema.Sort))
            .Description("Creators: their own courses in every status, drafts included; admins: all courses. Newest started first.")
            .Argument<StringGraphType>("search", "Words that must all appear in the title or summary (case-insensitive).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetManagedCoursesQuery(
                ctx.ToQueryContext<CourseDto>(CourseQuerySchema.ManagedFilter), ctx.GetArgument<string?>("search"))));

        query.Field<CourseGraphType>("course")
            .Description("A course by id; null when there is no such published or archived course.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The course's global id.";
                arg.ParseValue(GlobalId.ParserFor(CourseGraphType.TypeName));
            })
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.GetArgument<Guid>("id")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGraphType>>>>("categories")
            .Description("Every category in display order.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetCategoriesQuery()));

        query.ConnectionField<object?, TagGraphType, TagDto>("tags", (filters, TagQuerySchema.Filter), (sorts, TagQuerySchema.Sort))
            .Description("Tags, by name unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetTagsQuery(ctx.ToQueryContext<TagDto>(TagQuerySchema.Filter))));

        query.ConnectionField<object?, CreatorGraphType, CreatorDto>(
                "creators", (filters, CreatorQuerySchema.Filter), (sorts, CreatorQuerySchema.Sort))
            .Description("Creators, by name unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetCreatorsQuery(ctx.ToQueryContext<CreatorDto>(CreatorQuerySchema.Filter))));
    }
}
