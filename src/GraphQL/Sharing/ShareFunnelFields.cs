using GraphQL.Types;
using KnowledgePay.Application.Sharing.Queries;

namespace KnowledgePay.GraphQL.Sharing;

/// <summary>The funnel numbers, the same on a single share and on a course's statistics.</summary>
internal static class ShareFunnelFields
{
    public static void AddFunnelFields<TSource>(this ObjectGraphType<TSource> type, Func<TSource, ShareFunnelDto> funnel)
    {
        type.Field<NonNullGraphType<IntGraphType>>("visits")
            .Description("How often people other than the sharer opened it, repeats included.")
            .Resolve(ctx => funnel(ctx.Source).Visits);
        type.Field<NonNullGraphType<IntGraphType>>("visitors")
            .Description("How many different people other than the sharer opened it (once per course).")
            .Resolve(ctx => funnel(ctx.Source).Visitors);
        type.Field<NonNullGraphType<IntGraphType>>("buyers")
            .Description("Visitors who bought the course after their first visit (a refunded purchase does not count).")
            .Resolve(ctx => funnel(ctx.Source).Buyers);
        type.Field<NonNullGraphType<FloatGraphType>>("conversion")
            .Description("buyers / visitors, 0 to 1; 0 before anyone visited.")
            .Resolve(ctx => funnel(ctx.Source).Conversion);
    }
}
