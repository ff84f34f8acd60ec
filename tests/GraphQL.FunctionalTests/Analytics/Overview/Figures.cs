using System.Text.Json;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Overview;

/// <summary>A <c>BusinessFigures</c> object as read from a response; the refund rate rounded so hand-computed ones compare equal.</summary>
internal sealed record Figures(
    long GmvFen, long RefundedFen, long NetRevenueFen, int Orders, int PayingUsers, long? AverageOrderValueFen, double? RefundRate, int NewUsers, int ActiveLearners)
{
    public double? RefundRate { get; } = RefundRate is { } rate ? Math.Round(rate, 9) : null;

    public static Figures Read(JsonElement figures) => new(
        figures.GetProperty("gmvFen").GetInt64(),
        figures.GetProperty("refundedFen").GetInt64(),
        figures.GetProperty("netRevenueFen").GetInt64(),
        figures.GetProperty("orders").GetInt32(),
        figures.GetProperty("payingUsers").GetInt32(),
        figures.GetProperty("averageOrderValueFen") is { ValueKind: JsonValueKind.Number } aov ? aov.GetInt64() : null,
        figures.GetProperty("refundRate") is { ValueKind: JsonValueKind.Number } rate ? Math.Round(rate.GetDouble(), 9) : null,
        figures.GetProperty("newUsers").GetInt32(),
        figures.GetProperty("activeLearners").GetInt32());
}
