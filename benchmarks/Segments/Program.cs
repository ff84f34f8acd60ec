using System.Diagnostics;
using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Segments.Refreshing;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Segments;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

// Segment materialisation over synthetic users on PostgreSQL: the product's refresh (rule → one INSERT … SELECT) side by
// side with one hand-written INSERT … SELECT computing the same membership, each run several times on a fresh database
// seeded with generate_series. Usage (KNOWLEDGEPAY_TEST_POSTGRES as for the tests):
// Both sides evaluate "now" as the same instant (the product's clock is fixed at it). "reuse" keeps a database seeded before.
//   dotnet run -c Release --project benchmarks/Segments [-- users rounds [reuse]]
var users = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var reuse = args.Length > 2 && args[2] == "reuse";
var server = Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Set KNOWLEDGEPAY_TEST_POSTGRES to a PostgreSQL connection string.");
const string Database = "kp_segments_bench";
if (!reuse)
{
    await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE {Database}", admin).ExecuteNonQueryAsync();
}

var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = Database, CommandTimeout = 600 }.ConnectionString;
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "PostgreSql",
    ["ConnectionStrings:PostgreSql"] = connectionString,
    ["Database:SeedDemoData"] = "false",
});
builder.Services.AddLogging();
builder.AddApplicationServices();
builder.AddInfrastructureServices();
var now = DateTimeOffset.UtcNow;
builder.Services.AddSingleton<TimeProvider>(new FixedClock(now));
await using var services = builder.Services.BuildServiceProvider();
await services.InitialiseDatabaseAsync();

var seeding = Stopwatch.StartNew();
await using (var connection = new NpgsqlConnection(connectionString))
{
    await connection.OpenAsync();
    if (reuse)
    {
        await new NpgsqlCommand("DELETE FROM \"SegmentMembers\"; DELETE FROM \"Segments\"", connection).ExecuteNonQueryAsync();
    }

    foreach (var sql in reuse ? [] : SeedSql(users))
    {
        await new NpgsqlCommand(sql, connection) { CommandTimeout = 600 }.ExecuteNonQueryAsync();
    }
}

Console.WriteLine($"Seeded {users:N0} users and their orders in {seeding.Elapsed.TotalSeconds:F1} s.");

// 杭州/上海 learners who spent at least 100 元, paid nothing in 30 days, and left no checkout unpaid this week.
var rule = new AllOfRule(
[
    new SegmentCondition(SegmentFields.City, SegmentOperator.In, ["杭州", "上海"], null),
    new SegmentCondition(SegmentFields.TotalSpendFen, SegmentOperator.AtLeast, ["10000"], null),
    new SegmentCondition(SegmentFields.DaysSinceLastPurchase, SegmentOperator.AtLeast, ["30"], null),
    new NotRule(new SegmentCondition(SegmentFields.AbandonedCheckout, SegmentOperator.IsTrue, [], 7)),
]);
var segment = Segment.Define("benchmark", null, SegmentFields.Checked(rule), DateTimeOffset.UtcNow);
var floorSegment = Segment.Define("benchmark floor", null, SegmentFields.Checked(rule), DateTimeOffset.UtcNow);
await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
    db.Segments.AddRange(segment, floorSegment);
    await db.SaveChangesAsync(CancellationToken.None);
    await ((DbContext)db).Database.ExecuteSqlRawAsync("ANALYZE");
}

const string FloorSql = """
    INSERT INTO "SegmentMembers" ("SegmentId", "UserId", "AddedAt")
    SELECT @s, u."Id", @now
    FROM "Users" u
    JOIN (SELECT "UserId", SUM("PaidFen" - "RefundedFen") AS spend, MAX("PaidAt") AS last_paid
          FROM "Orders" WHERE "PaidAt" IS NOT NULL GROUP BY "UserId") p ON p."UserId" = u."Id"
    WHERE u."City" IN ('杭州', '上海') AND p.spend >= 10000 AND p.last_paid <= @now - interval '30 days'
      AND NOT EXISTS (
        SELECT 1 FROM "Orders" a
        WHERE a."UserId" = u."Id" AND a."CreatedAt" >= @now - interval '7 days' AND a."PaidAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "Orders" b WHERE b."UserId" = u."Id" AND b."PaidAt" IS NOT NULL AND b."CreatedAt" >= a."CreatedAt"))
    """;
Console.WriteLine("| round | product (s) | members | hand-written (s) | members | ratio |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
for (var round = 0; round <= rounds; round++)
{
    var product = Stopwatch.StartNew();
    int productCount;
    await using (var scope = services.CreateAsyncScope())
    {
        productCount = await scope.ServiceProvider.GetRequiredService<SegmentRefresher>().RefreshAsync(segment.Id, CancellationToken.None);
    }

    product.Stop();
    var floor = Stopwatch.StartNew();
    int floorCount;
    await using (var connection = new NpgsqlConnection(connectionString))
    {
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var delete = new NpgsqlCommand("""DELETE FROM "SegmentMembers" WHERE "SegmentId" = @s""", connection, transaction);
        delete.Parameters.AddWithValue("s", floorSegment.Id);
        await delete.ExecuteNonQueryAsync();
        await using var insert = new NpgsqlCommand(FloorSql, connection, transaction) { CommandTimeout = 600 };
        insert.Parameters.AddWithValue("s", floorSegment.Id);
        insert.Parameters.AddWithValue("now", now);
        floorCount = await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    floor.Stop();
    if (productCount != floorCount)
    {
        throw new InvalidOperationException($"The product found {productCount} members, the hand-written statement {floorCount}.");
    }

    Console.WriteLine(
        $"| {(round == 0 ? "warm-up" : $"round {round}")} | {product.Elapsed.TotalSeconds:F2} | {productCount:N0} | {floor.Elapsed.TotalSeconds:F2} | {floorCount:N0} | {product.Elapsed / floor.Elapsed:F2} |");
}

// Users in four cities and six age bands; about two orders per user over 120 days, a third of them unpaid.
static string[] SeedSql(int users) =>
[
    $$"""
    INSERT INTO "Users" ("Id", "OpenId", "CreatedAt", "LastLoginAt", "PersonalisationConsent", "AgeBand", "Gender", "City",
        "SessionKeyCiphertext", "SessionKeyObtainedAt", "Roles", "InterestTagIds")
    SELECT md5('u' || i)::uuid, 'o_bench_' || i, now() - interval '200 days', now(), false,
        (ARRAY['Under18','From18To24','From25To34','From35To44','From45To54','From55'])[1 + i % 6], 'Unspecified',
        (ARRAY['杭州','上海','北京','深圳'])[1 + i % 4], 'bench', now(), '{Learner}', '{}'
    FROM generate_series(1, {{users}}) AS i
    """,
    $$"""
    INSERT INTO "Orders" ("Id", "UserId", "Title", "AmountFen", "Currency", "OutTradeNo", "ClientKey", "Channel", "Status", "CreatedAt",
        "ExpiresAt", "PaidAt", "TransactionId", "PaidFen", "RefundedFen", "NeedsReview", "Version")
    SELECT md5('o' || n)::uuid, md5('u' || (1 + (n * 7919) % {{users}}))::uuid, 'bench', 1000 + (n % 97) * 100, 'CNY', 'B' || n, 'ck' || n,
        'WeChatPayJsapi', CASE WHEN n % 3 = 0 THEN 'Closed' ELSE 'Paid' END, at, at + interval '30 minutes',
        CASE WHEN n % 3 = 0 THEN NULL ELSE at + interval '1 minute' END, CASE WHEN n % 3 = 0 THEN NULL ELSE 'T' || n END,
        CASE WHEN n % 3 = 0 THEN 0 ELSE 1000 + (n % 97) * 100 END, 0, false, 1
    FROM (SELECT n, now() - ((n * 104729) % (120 * 24 * 60)) * interval '1 minute' AS at FROM generate_series(1::bigint, {{users * 2}}) AS n) AS o
    """,
];

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
