using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.GraphQL.Schema;

namespace KnowledgePay.GraphQL.Analytics;

/// <summary>The <c>range</c> argument every metric takes, and the dates every point of a series carries.</summary>
internal static class AnalyticsPeriodFields
{
    public const string RangeArgument = "range";

    public static FieldBuilder<TSource, TReturn> RangeArgumentOf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<NonNullGraphType<AnalyticsRangeInputGraphType>>(RangeArgument, "The local dates covered and how they are cut.");

    public static AnalyticsRange GetRange(this IResolveFieldContext context) =>
        context.GetArgument<AnalyticsRange>(RangeArgument);

    /// <summary>Adds <c>start</c> and <c>end</c>: the local dates of one point of a series.</summary>
    public static void AddBucketDates<T>(this ObjectGraphType<T> type, Func<T, AnalyticsPeriodBucket> bucket)
    {
        type.Field<NonNullGraphType<LocalDateGraphType>>("start").Description("The point's first local date.")
            .Resolve(ctx => bucket(ctx.Source).Start);
        type.Field<NonNullGraphType<LocalDateGraphType>>("end").Description("The point's last local date, included.")
            .Resolve(ctx => bucket(ctx.Source).End);
    }
}
