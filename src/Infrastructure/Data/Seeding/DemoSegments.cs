using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// Segments an operator starts from, materialised right after seeding. The demo learners browse but have placed no
/// orders and signed up today, so only the browsing segment has members until real orders (and a published propensity
/// model) arrive; the others show the rules to copy.
/// </summary>
internal static class DemoSegments
{
    public static IReadOnlyList<Segment> Build(DemoCatalog catalog, DateTimeOffset now)
    {
        var programming = catalog.Categories.Single(c => c.Slug == "programming").Id.ToString();
        var dataAnalytics = catalog.Categories.Single(c => c.Slug == "data-analytics").Id.ToString();
        return
        [
            Define("新用户 7天内可能购买", "Never paid, and the propensity model gives at least 30 % to a purchase within 7 days.",
                new AllOfRule([Condition(SegmentFields.PurchasePropensity7d, SegmentOperator.AtLeast, "0.3"),
                    Condition(SegmentFields.TotalSpendFen, SegmentOperator.AtMost, "0")]), now),
            Define("买过编程类 30天未复购", "Bought a 编程开发 course, and no order paid in the last 30 days.",
                new AllOfRule([Condition(SegmentFields.BoughtInCategory, SegmentOperator.Includes, programming),
                    Condition(SegmentFields.DaysSinceLastPurchase, SegmentOperator.AtLeast, "30")]), now),
            Define("放弃结算", "Left an order unpaid in the last 7 days and paid none since.",
                Condition(SegmentFields.AbandonedCheckout, SegmentOperator.IsTrue, null, 7), now),
            Define("近7天看过数据分析", "Viewed a 数据分析 course in the last 7 days and is not dormant.",
                new AllOfRule([Condition(SegmentFields.ViewedCategory, SegmentOperator.Includes, dataAnalytics, 7),
                    new NotRule(Condition(SegmentFields.ActivityLevel, SegmentOperator.Equals, "Dormant"))]), now),
        ];
    }

    private static Segment Define(string name, string description, SegmentRule rule, DateTimeOffset now) =>
        Segment.Define(name, description, SegmentFields.Checked(rule), now);

    private static SegmentCondition Condition(string field, SegmentOperator op, string? value, int? withinDays = null) =>
        new(field, op, value is null ? [] : [value], withinDays);
}
