using KnowledgePay.Application.Analytics.Common;

namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>
/// A course's figures within <see cref="Range"/> (kept so its drop-off can be fetched for the same range). Rates are null
/// when their denominator is zero.
/// </summary>
public sealed record CourseStatisticsDto(
    Guid CourseId,
    AnalyticsRange Range,
    int Views,
    int Viewers,
    int Buyers,
    double? ConversionRate,
    long GmvFen,
    long RefundedFen,
    int Refunds,
    double? RefundRate,
    double? AverageRating,
    int Ratings,
    int Learners,
    double? CompletionRate)
{
    public static CourseStatisticsDto Of(CourseFigures f, AnalyticsRange range) => new(
        f.CourseId,
        range,
        f.Views,
        f.Viewers,
        f.Buyers,
        Ratio.Of(f.Buyers, f.Viewers),
        f.GmvFen,
        f.RefundedFen,
        f.Refunds,
        Ratio.Of(f.RefundedFen, f.GmvFen),
        Ratio.Of(f.Stars, f.Ratings),
        f.Ratings,
        f.Learners,
        Ratio.Of(f.Completers, f.Learners));
}
