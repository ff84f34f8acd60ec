using System.Linq.Expressions;
using KnowledgePay.Application.Analytics.Common;
using Microsoft.EntityFrameworkCore.Query;

namespace KnowledgePay.Application.Analytics.Cohorts;

internal static class BucketProjection
{
    /// <summary>
    /// <c>source.Select(row =&gt; selector(row, bucket index of instant(row)))</c>, with <see cref="AnalyticsPeriod.BucketOf{T}"/>
    /// inlined into the projection so the database computes the index alongside the row's other columns.
    /// </summary>
    public static IQueryable<TResult> SelectWithBucket<T, TResult>(
        this IQueryable<T> source,
        AnalyticsPeriod period,
        Expression<Func<T, DateTimeOffset>> instant,
        Expression<Func<T, int, TResult>> selector)
    {
        var row = selector.Parameters[0];
        var bucket = period.BucketOf(instant);
        var index = ReplacingExpressionVisitor.Replace(bucket.Parameters[0], row, bucket.Body);
        var body = ReplacingExpressionVisitor.Replace(selector.Parameters[1], index, selector.Body);
        return source.Select(Expression.Lambda<Func<T, TResult>>(body, row));
    }
}
