using System.Diagnostics;
using KnowledgePay.Analytics;
using KnowledgePay.Application;
using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

// The analytics overview and funnel over synthetic months of orders and behaviour events on PostgreSQL, each beside one
// hand-written statement computing the same answer (checked equal before timing). Usage (KNOWLEDGEPAY_TEST_POSTGRES as
// for the tests; the database kp_analytics_bench is created, migrated and loaded unless --reuse):
//   dotnet run -c Release --project benchmarks/Analytics [-- --orders 1000000 --events 10000000 --runs 20 | --small] [--reuse]
var options = BenchmarkOptions.Parse(args);
const string Database = "kp_analytics_bench";
if (!options.Reuse)
{
    await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.PostgresServer) { Database = "postgres" }.ConnectionString);
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE {Database}", admin).ExecuteNonQueryAsync();
}

var connectionString = new NpgsqlConnectionStringBuilder(options.PostgresServer) { Database = Database, CommandTimeout = 600 }.ConnectionString;
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

await using var connection = new NpgsqlConnection(connectionString);
await connection.OpenAsync();
var courses = await Catalogue.ReadAsync(connection);
if (!options.Reuse)
{
    var loading = Stopwatch.StartNew();
    var setAside = await IndexesSetAside.DropAsync(connection);
    await new SyntheticBusiness(options, courses).LoadAsync(connectionString);
    var copied = loading.Elapsed;
    await setAside.RestoreAsync(connection);
    await new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 }.ExecuteNonQueryAsync();
    Console.WriteLine(
        $"Loaded {options.Orders:N0} orders and {options.Events:N0} behaviour events: COPY {copied.TotalSeconds:F0} s, "
        + $"indexes, keys and VACUUM ANALYZE {(loading.Elapsed - copied).TotalSeconds:F0} s.");
}

var product = new ProductQueries(services);
var periods = services.GetRequiredService<AnalyticsPeriods>();
Console.WriteLine($"{options.Runs} runs each after a checked warm-up, alternating; p95 is the nearest rank.");
Timing.PrintHeader();
foreach (var (label, range) in new[]
{
    ("last 30 days", new AnalyticsRange(Span.To.AddDays(-29), Span.To)),
    ("6 months", new AnalyticsRange(Span.From, Span.To)),
})
{
    var period = periods.Resolve(range);
    var window = new Window(period.StartsAt, period.EndsAt, period.Zone.Id);
    foreach (var measured in new[]
    {
        new Case($"analyticsOverview, day buckets, {label}", () => product.OverviewAsync(range), () => HandWritten.OverviewAsync(connection, window)),
        new Case($"analyticsFunnel, all courses, {label}", () => product.FunnelAsync(range, null), () => HandWritten.FunnelAsync(connection, window, null)),
        new Case(
            $"analyticsFunnel, most viewed course, {label}",
            () => product.FunnelAsync(range, courses[0].Id),
            () => HandWritten.FunnelAsync(connection, window, courses[0].Id)),
    })
    {
        await Timing.RunAsync(measured, options.Runs);
    }
}
