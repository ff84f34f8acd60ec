using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Analytics.Funnel;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Analytics.Funnel;

internal static class FunnelQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<FunnelGraphType>>("analyticsFunnel")
            .Description("Admins: how many users went from seeing a course to completing it within the range, step by step.")
            .RangeArgumentOf()
            .Argument<IdGraphType>("courseId", arg =>
            {
                arg.Description = "One course's funnel; all courses when left out.";
                arg.ParseValue(GlobalId.ParserFor(CourseGraphType.TypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetFunnelQuery(ctx.GetRange(), ctx.GetArgument<Guid?>("courseId"))));
}
