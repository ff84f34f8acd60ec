using System.Diagnostics;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.Telemetry;

namespace KnowledgePay.GraphQL.FunctionalTests.Telemetry;

/// <summary>
/// The Redis commands of one GraphQL request in its trace, on a node with the test Redis (<c>KNOWLEDGEPAY_TEST_REDIS</c>)
/// under a key prefix of its own and the catalogue cache on, so the catalogue page is looked up in Redis first.
/// </summary>
public sealed class RedisTracingTests
{
    private const string RedisSource = "OpenTelemetry.Instrumentation.StackExchangeRedis";

    [Fact]
    public async Task TracesTheCatalogueCachesRedisCommandsWithinTheOperationThatSentThem()
    {
        await using var app = new SharedRedisApp(
            SharedRedisApp.NewKeyPrefix(), settings: new Dictionary<string, string?> { ["CatalogCache:Enabled"] = "true" });
        await app.InitializeAsync();
        var traceId = ActivityTraceId.CreateRandom();

        var response = await app.Client.SendTracedAsync(traceId, "query CoursePage { courses(first: 2) { nodes { id } } }", null);

        Assert.Empty(response.Errors);
        var commands = await RedisSpansAsync(app, traceId);
        Assert.NotEmpty(commands);
        var spans = app.Spans.InTrace(traceId);
        var operation = Assert.Single(spans, span => span.Source.Name == OperationTracing.SourceName);
        Assert.All(commands, command =>
        {
            Assert.Equal(ActivityKind.Client, command.Kind);
            Assert.Contains(operation.SpanId, SpanCapture.Ancestors(command, spans));
        });
    }

    /// <summary>The instrumentation turns profiled commands into spans in the background, so they may follow the request.</summary>
    private static async Task<IReadOnlyList<Activity>> RedisSpansAsync(SharedRedisApp app, ActivityTraceId traceId)
    {
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var commands = app.Spans.InTrace(traceId).Where(span => span.Source.Name == RedisSource).ToList();
            if (commands.Count > 0 || DateTimeOffset.UtcNow > giveUpAt)
            {
                return commands;
            }

            await Task.Delay(100);
        }
    }
}
