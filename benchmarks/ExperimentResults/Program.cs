using System.Diagnostics;
using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Experiments.Analysis.Results;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

// experimentResults over 1,000,000 exposures on PostgreSQL, beside one hand-written statement computing the same sums.
// Usage: dotnet run -c Release --project benchmarks/ExperimentResults [-- runs]
// (KNOWLEDGEPAY_BENCH_POSTGRES: server connection string; the database kp_experiment_results_bench is created and seeded once.)
var runs = args.Length > 0 ? int.Parse(args[0]) : 10;
var server = Environment.GetEnvironmentVariable("KNOWLEDGEPAY_BENCH_POSTGRES")
    ?? "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay";
var connectionString = $"{server};Database=kp_experiment_results_bench;Command Timeout=600";
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "PostgreSql",
    ["ConnectionStrings:PostgreSql"] = connectionString,
    ["Database:SeedDemoData"] = "true",
});
builder.Services.AddLogging();
builder.AddApplicationServices();
builder.AddInfrastructureServices();
builder.Services.AddScoped<ICurrentUser, Operator>();
await using var services = builder.Services.BuildServiceProvider();
await services.InitialiseDatabaseAsync();

var experimentId = await Seed.EnsureAsync(services);
var query = new GetExperimentResultsQuery(Seed.Key);
async Task<double> ProductAsync()
{
    await using var scope = services.CreateAsyncScope();
    var started = Stopwatch.GetTimestamp();
    var results = await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    return results.ExposedUsers == Seed.Exposures ? elapsed : throw new InvalidOperationException("Not every exposure was counted.");
}

async Task<double> HandWrittenAsync()
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(HandWritten.Sql, connection);
    command.Parameters.AddWithValue("id", experimentId);
    command.Parameters.AddWithValue("window", 7);
    var started = Stopwatch.GetTimestamp();
    long users = 0;
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            users += reader.GetInt64(1);
        }
    }

    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    return users == Seed.Exposures ? elapsed : throw new InvalidOperationException("Not every exposure was counted.");
}

await ProductAsync();
await HandWrittenAsync();
var product = new List<double>();
var floor = new List<double>();
for (var i = 0; i < runs; i++)
{
    product.Add(await ProductAsync());
    floor.Add(await HandWrittenAsync());
}

static double Quantile(List<double> values, double q)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
}

Console.WriteLine($"experimentResults over {Seed.Exposures:N0} exposures, {runs} runs each, alternating:");
Console.WriteLine($"  product (EF LINQ + analysis): p50 {Quantile(product, 0.5):0} ms, p95 {Quantile(product, 0.95):0} ms");
Console.WriteLine($"  hand-written SQL (sums only): p50 {Quantile(floor, 0.5):0} ms, p95 {Quantile(floor, 0.95):0} ms");
Console.WriteLine($"  product / hand-written (p50): {Quantile(product, 0.5) / Quantile(floor, 0.5):0.00}");

internal static class Seed
{
    public const string Key = "bench-1m";
    public const long Exposures = 1_000_000;

    /// <summary>
    /// One 50/50 experiment with a million exposures over 28 days; a fifth of the users pay once (some before their
    /// exposure, some after the window, one in fifty refunded), half were active before it and one in a hundred hit a
    /// page error. Seeded with generate_series, so the database writes it without a round trip per row.
    /// </summary>
    public static async Task<Guid> EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var existing = await db.Set<Experiment>().Where(e => e.Key == Key).Select(e => (Guid?)e.Id).SingleOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var experiment = Experiment.Draft(Key, "Benchmark", ExperimentSurface.CoursePage, [new("control", 50, null, null), new("b", 50, null, null)],
            ExperimentMetric.Conversion, 7, start, null);
        experiment.Start(start);
        db.Add(experiment);
        await db.SaveChangesAsync();
        var courseId = await db.Set<KnowledgePay.Domain.Catalog.Course>().Select(c => c.Id).FirstAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "ExperimentExposures" ("Id", "ExperimentId", "UserId", "VariantKey", "ExposedAt")
            SELECT gen_random_uuid(), {0}, md5('u' || i)::uuid, CASE WHEN i % 2 = 0 THEN 'control' ELSE 'b' END,
                   {1} + (i % 28) * INTERVAL '1 day' + (i % 86400) * INTERVAL '1 second'
            FROM generate_series(1, 1000000) i;
            INSERT INTO "Orders" ("Id", "Channel", "ClientKey", "CreatedAt", "ExpiresAt", "NeedsReview", "OutTradeNo", "PaidAt",
                "PaidFen", "RefundedFen", "Status", "Title", "TransactionId", "UserId", "Version", "AmountFen", "Currency")
            SELECT gen_random_uuid(), 'WeChatPayJsapi', 'bench-' || i, t, t + INTERVAL '30 minutes', false, 'B' || i, t,
                   fen, CASE WHEN i % 50 = 0 THEN fen ELSE 0 END, 'Paid', 'bench', 'T' || i, md5('u' || i)::uuid, 0, fen, 'CNY'
            FROM (SELECT i, {1} + (i % 28) * INTERVAL '1 day' + (i % 86400) * INTERVAL '1 second' + ((i % 10) - 1) * INTERVAL '1 day' AS t,
                         4900 + (i % 5) * 1000 AS fen
                  FROM generate_series(1, 1000000) i WHERE i % 5 = 0) s;
            INSERT INTO "BehaviourEvents" ("Id", "UserId", "EventId", "Kind", "CourseId", "OccurredAt", "OccurredOnDay", "RecordedAt")
            SELECT gen_random_uuid(), md5('u' || i)::uuid, 'b' || i, CASE WHEN i % 100 = 0 THEN 'PageError' ELSE 'View' END, {2}, t,
                   floor(extract(epoch FROM t) / 86400)::int, t
            FROM (SELECT i, {1} + (i % 28) * INTERVAL '1 day' + (i % 86400) * INTERVAL '1 second'
                         + CASE WHEN i % 100 = 0 THEN INTERVAL '1 day' ELSE -((i % 5) + 1) * INTERVAL '1 day' END AS t
                  FROM generate_series(1, 1000000) i WHERE i % 2 = 0) s;
            ANALYZE "ExperimentExposures"; ANALYZE "Orders"; ANALYZE "BehaviourEvents";
            """,
            experiment.Id, start, courseId);
        return experiment.Id;
    }
}

internal static class HandWritten
{
    /// <summary>The same per-variant sums as the product's query, written by hand with lateral joins.</summary>
    public const string Sql = """
        SELECT e."VariantKey", count(*)::bigint, sum(o.converted), sum(o.refunded), sum(b.page_error),
               sum(o.revenue), sum(o.revenue * o.revenue), sum(o.spend), sum(o.spend * o.spend),
               sum(b.activity), sum(b.activity * b.activity), sum(o.spend * b.activity),
               sum(o.spend * o.converted), sum(b.activity * o.converted), sum(o.spend * o.revenue), sum(b.activity * o.revenue)
        FROM "ExperimentExposures" e
        CROSS JOIN LATERAL (
            SELECT coalesce(sum(p."PaidFen" - p."RefundedFen") FILTER (WHERE p."PaidAt" >= e."ExposedAt"
                       AND p."PaidAt" < e."ExposedAt" + @window * INTERVAL '1 day'), 0)::float8 AS revenue,
                   (count(*) FILTER (WHERE p."PaidAt" >= e."ExposedAt" AND p."PaidAt" < e."ExposedAt" + @window * INTERVAL '1 day') > 0)::int AS converted,
                   (count(*) FILTER (WHERE p."PaidAt" >= e."ExposedAt" AND p."PaidAt" < e."ExposedAt" + @window * INTERVAL '1 day'
                       AND p."RefundedFen" > 0) > 0)::int AS refunded,
                   coalesce(sum(p."PaidFen" - p."RefundedFen") FILTER (WHERE p."PaidAt" >= e."ExposedAt" - INTERVAL '28 days'
                       AND p."PaidAt" < e."ExposedAt"), 0)::float8 AS spend
            FROM "Orders" p
            WHERE p."UserId" = e."UserId" AND p."PaidAt" IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "OrderLines" l WHERE l."OrderId" = p."Id" AND l."Kind" = 'WalletTopUp')) o
        CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE v."OccurredAt" >= e."ExposedAt" - INTERVAL '28 days' AND v."OccurredAt" < e."ExposedAt")::float8 AS activity,
                   (count(*) FILTER (WHERE v."Kind" = 'PageError' AND v."OccurredAt" >= e."ExposedAt"
                       AND v."OccurredAt" < e."ExposedAt" + @window * INTERVAL '1 day') > 0)::int AS page_error
            FROM "BehaviourEvents" v WHERE v."UserId" = e."UserId") b
        WHERE e."ExperimentId" = @id
        GROUP BY e."VariantKey"
        """;
}

internal sealed class Operator : ICurrentUser
{
    public Guid? Id => Guid.Empty;

    public bool IsInRole(Role role) => role == Role.Admin;
}
