using Npgsql;

namespace KnowledgePay.Analytics;

/// <summary>
/// The floor: one hand-written PostgreSQL statement per answer, with the product's definitions (ADR 0036) spelled out
/// in SQL: days cut with date_trunc in the operator's zone, one pass over each table with FILTER clauses.
/// </summary>
internal static class HandWritten
{
    /// <summary>
    /// Every overview figure per local day and for the whole range (GROUPING SETS), from one UNION ALL of the four
    /// sources: paid orders that are not wallet top-ups, their succeeded refunds by completion, sign-ups, learning events.
    /// </summary>
    private const string OverviewSql = """
        WITH facts AS (
            SELECT o."PaidAt" AS at, 1 AS source, o."UserId" AS user_id, o."PaidFen" AS fen
            FROM "Orders" o
            WHERE o."PaidAt" >= @from AND o."PaidAt" < @to
              AND NOT EXISTS (SELECT 1 FROM "OrderLines" l WHERE l."OrderId" = o."Id" AND l."Kind" = 'WalletTopUp')
            UNION ALL
            SELECT r."CompletedAt", 2, NULL, r."AmountFen"
            FROM "OrderRefunds" r JOIN "Orders" o ON o."Id" = r."OrderId"
            WHERE r."Status" = 'Succeeded' AND r."CompletedAt" >= @from AND r."CompletedAt" < @to AND o."PaidAt" IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "OrderLines" l WHERE l."OrderId" = o."Id" AND l."Kind" = 'WalletTopUp')
            UNION ALL
            SELECT u."CreatedAt", 3, u."Id", 0 FROM "Users" u WHERE u."CreatedAt" >= @from AND u."CreatedAt" < @to
            UNION ALL
            SELECT e."OccurredAt", 4, e."UserId", 0
            FROM "BehaviourEvents" e
            WHERE e."Kind" IN ('LessonStart', 'Progress', 'LessonComplete') AND e."OccurredAt" >= @from AND e."OccurredAt" < @to
        )
        SELECT date_trunc('day', at AT TIME ZONE @zone)::date AS day,
               coalesce(sum(fen) FILTER (WHERE source = 1), 0)::bigint,
               coalesce(sum(fen) FILTER (WHERE source = 2), 0)::bigint,
               count(*) FILTER (WHERE source = 1),
               count(DISTINCT user_id) FILTER (WHERE source = 1),
               count(*) FILTER (WHERE source = 3),
               count(DISTINCT user_id) FILTER (WHERE source = 4)
        FROM facts
        GROUP BY GROUPING SETS ((date_trunc('day', at AT TIME ZONE @zone)::date), ())
        """;

    /// <summary>
    /// The strict funnel: each (user, viewed course) pair walked as far as it goes (page visit, order placed, paid, a
    /// lesson opened or studied, every lesson completed by the end and one within the range), each user's furthest step
    /// kept, and users counted at or beyond each step. Steps are numbered as the product's FunnelStepKind.
    /// </summary>
    private const string FunnelSql = """
        WITH viewed AS (
            SELECT DISTINCT "UserId" AS u, "CourseId" AS c FROM "BehaviourEvents"
            WHERE "Kind" = 'View' AND "OccurredAt" >= @from AND "OccurredAt" < @to AND (@course::uuid IS NULL OR "CourseId" = @course)
        ), visited AS (
            SELECT DISTINCT "UserId" AS u, "CourseId" AS c FROM "BehaviourEvents"
            WHERE ("Kind" = 'Click' OR ("Kind" = 'View' AND "Context" = 'course-detail')) AND "OccurredAt" >= @from AND "OccurredAt" < @to
        ), placed AS (
            SELECT DISTINCT o."UserId" AS u, l."OfferId" AS c
            FROM "Orders" o JOIN "OrderLines" l ON l."OrderId" = o."Id" AND l."Kind" = 'Course'
            WHERE o."CreatedAt" >= @from AND o."CreatedAt" < @to
        ), paid AS (
            SELECT DISTINCT o."UserId" AS u, l."OfferId" AS c
            FROM "Orders" o JOIN "OrderLines" l ON l."OrderId" = o."Id" AND l."Kind" = 'Course'
            WHERE o."PaidAt" >= @from AND o."PaidAt" < @to
        ), started AS (
            SELECT "UserId" AS u, "CourseId" AS c FROM "LessonOpenings" WHERE "OpenedAt" >= @from AND "OpenedAt" < @to
            UNION
            SELECT "UserId", "CourseId" FROM "LessonProgress" WHERE "UpdatedAt" >= @from AND "UpdatedAt" < @to
        ), completed AS (
            SELECT p."UserId" AS u, p."CourseId" AS c
            FROM "LessonProgress" p JOIN "Courses" k ON k."Id" = p."CourseId"
            WHERE p."CompletedAt" < @to AND k."LessonCount" > 0
            GROUP BY p."UserId", p."CourseId", k."LessonCount"
            HAVING count(*) >= k."LessonCount" AND bool_or(p."CompletedAt" >= @from)
        ), furthest AS (
            SELECT v.u, max(CASE WHEN d.u IS NULL THEN 1 WHEN pl.u IS NULL THEN 2 WHEN pd.u IS NULL THEN 3
                                 WHEN s.u IS NULL THEN 4 WHEN k.u IS NULL THEN 5 ELSE 6 END) AS step
            FROM viewed v
            LEFT JOIN visited d ON d.u = v.u AND d.c = v.c
            LEFT JOIN placed pl ON pl.u = v.u AND pl.c = v.c
            LEFT JOIN paid pd ON pd.u = v.u AND pd.c = v.c
            LEFT JOIN started s ON s.u = v.u AND s.c = v.c
            LEFT JOIN completed k ON k.u = v.u AND k.c = v.c
            GROUP BY v.u
        )
        SELECT step, sum(count(*)) OVER (ORDER BY step DESC)::bigint FROM furthest GROUP BY step
        """;

    public static Task<Answer> FunnelAsync(NpgsqlConnection connection, Window window, Guid? courseId) =>
        ReadAsync(connection, FunnelSql, window, courseId, reader => new AnswerRow(reader.GetInt32(0).ToString(), [reader.GetInt64(1)]));

    public static Task<Answer> OverviewAsync(NpgsqlConnection connection, Window window) =>
        ReadAsync(connection, OverviewSql, window, null, reader => new AnswerRow(
            reader.IsDBNull(0) ? "total" : reader.GetFieldValue<DateOnly>(0).ToString("yyyy-MM-dd"),
            [reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6)]));

    private static async Task<Answer> ReadAsync(
        NpgsqlConnection connection, string sql, Window window, Guid? courseId, Func<NpgsqlDataReader, AnswerRow> row)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("from", window.StartsAt);
        command.Parameters.AddWithValue("to", window.EndsAt);
        command.Parameters.AddWithValue("zone", window.Zone);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("course", courseId));

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<AnswerRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }

        return new Answer(rows);
    }
}
