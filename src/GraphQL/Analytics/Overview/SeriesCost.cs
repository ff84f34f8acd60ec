using GraphQL.Validation.Complexity;
using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.GraphQL.Analytics.Overview;

/// <summary>
/// The cost of a series is its points times their fields, and the number of points is known from the <c>range</c> of the
/// field that holds it: a year by day is 365 points, not the default page of ten, so its output fits the budget it is
/// charged for (Schema/OutputBudget).
/// </summary>
internal static class SeriesCost
{
    public static FieldComplexityResult Of(FieldImpactContext context)
    {
        var range = context.Parent?.GetArgument<AnalyticsRange?>(AnalyticsPeriodFields.RangeArgument);
        return new FieldComplexityResult(1, range is null ? 1 : Points(range));
    }

    private static int Points(AnalyticsRange range)
    {
        try
        {
            return AnalyticsPeriod.Resolve(range with { TimeZone = "UTC" }, "UTC").Buckets.Count;
        }
        catch (DomainException)
        {
            return 1; // refused when it runs, with the range's own error code
        }
    }
}
