using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Segments.Queries;
using KnowledgePay.Application.Segments.Queries.GetPropensityModel;
using KnowledgePay.Application.Segments.Queries.GetSegment;
using KnowledgePay.Application.Segments.Queries.GetSegmentFields;
using KnowledgePay.Application.Segments.Queries.GetSegments;
using KnowledgePay.Application.Segments.Queries.PreviewSegment;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Segments;

internal static class SegmentQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.ConnectionField<object?, SegmentGraphType, SegmentDto>(
                "segments", (filters, SegmentQuerySchema.Filter), (sorts, SegmentQuerySchema.Sort))
            .Description("Admins: every segment with its size at the last refresh, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetSegmentsQuery(ctx.ToQueryContext<SegmentDto>(SegmentQuerySchema.Filter))));

        query.Field<SegmentGraphType>("segment")
            .Description("Admins: one segment with its members; null when there is none with this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The segment's global id.";
                arg.ParseValue(GlobalId.ParserFor(SegmentGraphType.TypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetSegmentQuery(ctx.GetArgument<Guid>("id"))));

        query.Field<NonNullGraphType<SegmentPreviewGraphType>>("previewSegment")
            .Description("Admins: how many users a rule selects now and a few of them, without saving anything. A bad rule "
                + "fails with the code of createSegment's typed errors (SEGMENT_RULE_…).")
            .Argument<NonNullGraphType<SegmentRuleInputGraphType>>("rule")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new PreviewSegmentQuery(ctx.GetArgument<SegmentRuleNode>("rule"))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentFieldGraphType>>>>("segmentFields")
            .Description("Admins: the fields a segment rule may test, with their operators and values.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetSegmentFieldsQuery()));

        query.Field<PropensityModelGraphType>("propensityModel")
            .Description("Admins: the latest propensity training (version, time, AUC on the held-out week, rows); null before the first.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetPropensityModelQuery()));
    }
}
