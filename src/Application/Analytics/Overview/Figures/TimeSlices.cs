using System.Linq.Expressions;
using KnowledgePay.Application.Analytics.Common;

namespace KnowledgePay.Application.Analytics.Overview.Figures;

/// <summary>How rows are cut in SQL: which instants are counted at all, and the integer key of the slice each falls in.</summary>
internal interface ITimeSlices
{
    Expression<Func<T, bool>> Covers<T>(Expression<Func<T, DateTimeOffset>> instant);

    Expression<Func<T, int>> KeyOf<T>(Expression<Func<T, DateTimeOffset>> instant);
}

/// <summary>The buckets of a period, keyed by <see cref="AnalyticsPeriodBucket.Index"/>.</summary>
internal sealed class BucketSlices(AnalyticsPeriod period) : ITimeSlices
{
    public Expression<Func<T, bool>> Covers<T>(Expression<Func<T, DateTimeOffset>> instant) => period.Covers(instant);

    public Expression<Func<T, int>> KeyOf<T>(Expression<Func<T, DateTimeOffset>> instant) => period.BucketOf(instant);
}

/// <summary>One window from <paramref name="from"/> up to but excluding <paramref name="to"/>, keyed <see cref="Key"/>.</summary>
internal sealed class WindowSlice(DateTimeOffset from, DateTimeOffset to) : ITimeSlices
{
    public const int Key = 0;

    public Expression<Func<T, bool>> Covers<T>(Expression<Func<T, DateTimeOffset>> instant) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(
                Expression.GreaterThanOrEqual(instant.Body, Expression.Constant(from)),
                Expression.LessThan(instant.Body, Expression.Constant(to))),
            instant.Parameters);

    // A key computed from the row rather than a literal: a constant GROUP BY key is read as a column position by PostgreSQL.
    public Expression<Func<T, int>> KeyOf<T>(Expression<Func<T, DateTimeOffset>> instant) =>
        Expression.Lambda<Func<T, int>>(
            Expression.Condition(Expression.LessThan(instant.Body, Expression.Constant(to)), Expression.Constant(Key), Expression.Constant(Key + 1)),
            instant.Parameters);
}
