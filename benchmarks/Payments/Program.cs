using System.Globalization;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Payments;
using KnowledgePay.Tests.Shared;

// End-to-end payment benchmark on PostgreSQL (docs/benchmarks.md): the product checks out pending orders against the
// WeChat simulator, the simulator signs and encrypts their TRANSACTION.SUCCESS notifications, and they are replayed to
// the product's notify endpoint at a fixed concurrency; each product round is followed by a floor round (the same
// writes with Npgsql directly, see Floor) at the same concurrency, and every round checks exactly-once fulfilment.
const int WarmUpOrders = 300;
var options = BenchmarkOptions.Parse(args);

await using var database = await PaymentDatabase.CreateAsync(options.PostgresServer);
var capture = new NotificationCapture();
await using var simulator = await WeChatSimulatorServer.StartAsync(capture.CreateHandler);
await using var product = await ProductProcess.StartAsync(options.ProductAssembly, database.ConnectionString, simulator);
using var client = new ProductClient(product.BaseUrl, Math.Max(options.Connections, options.CheckoutConnections));
await using var floor = new Floor(database.ConnectionString, options.Connections);

var learners = new List<Learner>();
for (var i = 0; i < options.Learners; i++)
{
    var (openId, loginCode) = await simulator.LoginCodeAsync($"o_paybench_{i:D5}");
    var accessToken = await client.LoginAsync(loginCode);
    learners.Add(new Learner(await database.UserIdAsync(openId), openId, accessToken));
}

var purchasesNeeded = 2 * WarmUpOrders + options.TotalOrders + options.Orders * options.Rounds;
var courses = await database.AddCoursesAsync((purchasesNeeded + learners.Count - 1) / learners.Count);
using var purchases = courses.SelectMany(course => learners.Select(learner => (learner, course))).GetEnumerator();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PostgreSQL; {options.Orders} orders per round, {options.Rounds} rounds + 1 duplicate round; notify at "
    + $"{options.Connections} connections, checkout at {options.CheckoutConnections}; {learners.Count} learners, {courses.Count} courses"));
Console.WriteLine(RoundResult.TableHeader);
var rounds = new List<RoundResult>();
var allExactlyOnce = true;
foreach (var (name, orders, duplicated) in Rounds())
{
    var round = await RunRoundAsync(name, orders, duplicated);
    allExactlyOnce &= round.FulfilledExactlyOnce;
    rounds.Add(round);
    Console.WriteLine(round.TableRow());
    if (!duplicated)
    {
        var floorRound = await RunFloorRoundAsync($"{name} floor", orders);
        allExactlyOnce &= floorRound.FulfilledExactlyOnce;
        rounds.Add(floorRound);
        Console.WriteLine(floorRound.TableRow());
    }
}

var measured = rounds.Where(r => r.Name.StartsWith("round", StringComparison.Ordinal) && r.Checkout is not null).ToList();
var floors = rounds.Where(r => r.Name.StartsWith("round", StringComparison.Ordinal) && r.Checkout is null).ToList();
var duplicates = rounds.Single(r => r.Name.StartsWith("duplicates", StringComparison.Ordinal));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median of {measured.Count} rounds: {Median(measured.Select(r => r.NotificationsPerSecond)):F0} notifications/s, "
    + $"notify p99 {Median(measured.Select(r => r.Notify.P99Ms)):F1} ms, checkout p50 {Median(measured.Select(r => r.Checkout!.P50Ms)):F1} ms, "
    + $"checkout p99 {Median(measured.Select(r => r.Checkout!.P99Ms)):F1} ms; CPU ms per notification: "
    + $"product {Median(measured.Select(r => r.CpuMsPerNotification(r.NotifyCpu.Product))):F2}, "
    + $"PostgreSQL {Median(measured.Select(r => r.CpuMsPerNotification(r.NotifyCpu.PostgreSql))):F2}, "
    + $"harness {Median(measured.Select(r => r.CpuMsPerNotification(r.NotifyCpu.Harness))):F2}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"product ÷ floor notifications/s per round: {string.Join(", ", measured.Zip(floors, (p, f) => (p.NotificationsPerSecond / f.NotificationsPerSecond).ToString("F2", CultureInfo.InvariantCulture)))}; "
    + $"median {Median(measured.Zip(floors, (p, f) => p.NotificationsPerSecond / f.NotificationsPerSecond)):F2} (target ≥ 0.6)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"duplicates ×2 ÷ single, per order: wall time {duplicates.Notify.Elapsed.TotalSeconds / duplicates.Orders / Median(measured.Select(r => r.Notify.Elapsed.TotalSeconds / r.Orders)):F2}, "
    + $"product CPU {duplicates.CpuMsPerNotification(duplicates.NotifyCpu.Product) / Median(measured.Select(r => r.CpuMsPerNotification(r.NotifyCpu.Product))):F2}, "
    + $"PostgreSQL CPU {duplicates.CpuMsPerNotification(duplicates.NotifyCpu.PostgreSql) / Median(measured.Select(r => r.CpuMsPerNotification(r.NotifyCpu.PostgreSql))):F2} (target ≤ 1.5)"));
if (!allExactlyOnce)
{
    Console.Error.WriteLine($"Fulfilment was not exactly once. Product log:{Environment.NewLine}{product.RecentLog}");
    return 1;
}

return 0;

IEnumerable<(string Name, int Orders, bool Duplicated)> Rounds()
{
    yield return ("warm-up", WarmUpOrders, false);
    for (var round = 1; round <= options.Rounds; round++)
    {
        yield return ($"round {round}", options.Orders, false);
    }

    yield return ("duplicates ×2", options.Orders, true);
}

async Task<RoundResult> RunRoundAsync(string name, int count, bool duplicated)
{
    var orders = await database.PlaceOrdersAsync(Take(count));
    var checkout = await Load.RunAsync(orders, options.CheckoutConnections, client.CheckoutAsync);
    if (checkout.Failures > 0)
    {
        throw new InvalidOperationException(
            $"{checkout.Failures} checkouts failed, e.g. {client.FirstFailure}{Environment.NewLine}{product.RecentLog}");
    }

    var payments = await Load.RunAsync(orders, options.CheckoutConnections, async order =>
        (await simulator.PayAsync(order.OutTradeNo)).GetProperty("trade_state").GetString() == "SUCCESS");
    if (payments.Failures > 0)
    {
        throw new InvalidOperationException($"The simulator refused {payments.Failures} payments.");
    }
    var notifications = await capture.TakeAsync(orders.Count, TimeSpan.FromMinutes(2));
    IReadOnlyList<SignedNotification> requests = duplicated ? [.. notifications.SelectMany(n => new[] { n, n })] : notifications;
    return await TimedAsync(name, orders, checkout, () => Load.RunAsync(requests, options.Connections, client.NotifyAsync));
}

async Task<RoundResult> RunFloorRoundAsync(string name, int count)
{
    var orders = await database.PlaceOrdersAsync(Take(count));
    return await TimedAsync(name, orders, checkout: null, () => Load.RunAsync(orders, options.Connections, floor.PayAsync));
}

async Task<RoundResult> TimedAsync(string name, IReadOnlyList<PendingOrder> orders, LoadResult? checkout, Func<Task<LoadResult>> notifyAll)
{
    var rowsBefore = await database.SideRowsAsync();
    var loadBefore = LoadAverage();
    var cpuBefore = product.CpuTime;
    var notify = await notifyAll();
    var cpu = product.CpuTime - cpuBefore;
    var loadAfter = LoadAverage();
    var fulfilment = await database.FulfilmentOfAsync(orders);
    var rows = await database.SideRowsAsync() - rowsBefore;
    return new RoundResult(
        name, orders.Count, checkout, notify, cpu, fulfilment, fulfilment.IsExactlyOnce(orders), rows, $"{loadBefore} → {loadAfter}");
}

IEnumerable<(Learner Buyer, Course Course)> Take(int count)
{
    for (var i = 0; i < count && purchases.MoveNext(); i++)
    {
        yield return purchases.Current;
    }
}

static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}
