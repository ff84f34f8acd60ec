using System.Diagnostics;
using BenchmarkDotNet.Running;
using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Application.Pricing.Queries.GetQuote;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Quote;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// `assignment [BenchmarkDotNet args]` times experiment assignment instead (AssignmentBenchmarks, docs/benchmarks.md).
if (args is ["assignment", .. var benchmarkArgs])
{
    BenchmarkSwitcher.FromTypes([typeof(AssignmentBenchmarks)]).Run(benchmarkArgs);
    return;
}

// quote for 5 lines with a typed coupon, in process: the product's container over the seeded embedded SQLite database,
// one DI scope per quote as a request has. Usage: dotnet run -c Release --project benchmarks/Quote [-- quotes]
var quotes = args.Length > 0 ? int.Parse(args[0]) : 5000;
var folder = Directory.CreateTempSubdirectory("kp-quote-bench");
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}",
    ["Database:SeedDemoData"] = "true",
});
builder.Services.AddLogging();
builder.AddApplicationServices();
builder.AddInfrastructureServices();
builder.Services.AddScoped<ICurrentUser, Buyer>();
builder.Services.AddSingleton<IClientPlatform, UnreportedPlatform>();
await using var services = builder.Services.BuildServiceProvider();
await services.InitialiseDatabaseAsync();

await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
    Buyer.UserId = await db.Users.Select(u => u.Id).FirstAsync();
    Cart.Lines = [.. (await db.Courses.Where(c => c.Status == CourseStatus.Published && c.Price.AmountFen > 0)
        .OrderBy(c => c.Id).Select(c => c.Id).Take(5).ToListAsync()).Select(id => LineRequest.ForCourse(id))];
}

var query = new GetQuoteQuery(Cart.Lines, "WELCOME10");
async Task<long> QuoteOnceAsync()
{
    await using var scope = services.CreateAsyncScope();
    var started = Stopwatch.GetTimestamp();
    var quote = await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    var elapsed = Stopwatch.GetElapsedTime(started).Ticks;
    return quote.CouponApplied && quote.Lines.Count == 5 ? elapsed : throw new InvalidOperationException("The coupon did not apply.");
}

for (var i = 0; i < 500; i++)
{
    await QuoteOnceAsync();
}

var ticks = new long[quotes];
for (var i = 0; i < quotes; i++)
{
    ticks[i] = await QuoteOnceAsync();
}

Array.Sort(ticks);
double Ms(double q) => TimeSpan.FromTicks(ticks[(int)Math.Min(ticks.Length - 1, Math.Ceiling(q * ticks.Length) - 1)]).TotalMilliseconds;
Console.WriteLine($"quote, 5 lines + coupon, {quotes} sequential in-process quotes: p50 {Ms(0.50):0.000} ms, p99 {Ms(0.99):0.000} ms, max {Ms(1.0):0.000} ms");
folder.Delete(recursive: true);

internal static class Cart
{
    public static IReadOnlyList<LineRequest> Lines { get; set; } = [];
}

internal sealed class Buyer : ICurrentUser
{
    public static Guid UserId { get; set; }

    public Guid? Id => UserId;

    public bool IsInRole(Role role) => role == Role.Learner;
}

/// <summary>A caller that names no platform: the default payment rules apply, as for a script.</summary>
internal sealed class UnreportedPlatform : IClientPlatform
{
    public ClientPlatform Platform => ClientPlatform.Unknown;
}
