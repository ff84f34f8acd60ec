namespace KnowledgePay.Application.Common.Querying;

/// <summary>
/// Date arithmetic that every provider translates to SQL (mapped per provider in Infrastructure), for queries comparing
/// one column with another shifted by days: SQLite keeps instants as sortable integers, where EF has no translation of
/// <see cref="DateTimeOffset.AddDays"/>.
/// </summary>
public static class SqlTime
{
    public static DateTimeOffset AddDays(DateTimeOffset instant, int days) => instant.AddDays(days);
}
