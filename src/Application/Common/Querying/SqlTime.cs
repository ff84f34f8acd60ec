namespace KnowledgePay.Application.Common.Querying;

/// <summary>
/// Date arithmetic that every provider translates to SQL (mapped per provider in Infrastructure), for queries comparing
/// one column with another shifted by days or grouping by time: SQLite keeps instants as sortable integers, where EF has
/// no translation of <see cref="DateTimeOffset.AddDays"/>.
/// </summary>
public static class SqlTime
{
    public static DateTimeOffset AddDays(DateTimeOffset instant, int days) => instant.AddDays(days);

    /// <summary>Whole minutes from 1970-01-01 UTC to <paramref name="instant"/>: the integer analytics buckets by in SQL.</summary>
    public static long EpochMinutes(DateTimeOffset instant) => (long)Math.Floor((instant - DateTimeOffset.UnixEpoch).TotalMinutes);
}
