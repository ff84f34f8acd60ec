using Npgsql;

namespace KnowledgePay.Analytics;

/// <summary>A course the synthetic learners browse and buy, with its lessons in reading order.</summary>
internal sealed record CataloguedCourse(Guid Id, string Title, long PriceFen, Guid[] Lessons);

/// <summary>The demo catalogue the product seeded, read back so orders and events name real courses and lessons.</summary>
internal static class Catalogue
{
    public static async Task<List<CataloguedCourse>> ReadAsync(NpgsqlConnection connection)
    {
        const string Sql = """
            SELECT c."Id", c."Title", c."PriceFen", array_agg(l."Id" ORDER BY ch."Position", l."Position")
            FROM "Courses" c
            JOIN "Chapters" ch ON ch."CourseId" = c."Id"
            JOIN "Lessons" l ON l."ChapterId" = ch."Id"
            WHERE c."Status" = 'Published' AND c."PriceFen" > 0
            GROUP BY c."Id", c."Title", c."PriceFen"
            ORDER BY c."Id"
            """;
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var courses = new List<CataloguedCourse>();
        while (await reader.ReadAsync())
        {
            courses.Add(new CataloguedCourse(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<Guid[]>(3)));
        }

        return courses.Count > 1 ? courses : throw new InvalidOperationException("The demo catalogue has no priced courses with lessons.");
    }
}
