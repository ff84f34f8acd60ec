using System.Diagnostics;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Telemetry;

/// <summary>
/// The Redis commands of one GraphQL request in its trace, on a node with the test Redis (<c>KNOWLEDGEPAY_TEST_REDIS</c>)
/// under a key prefix of its own and the callers' allowances on, so the request spends from its allowance in Redis.
/// </summary>
public sealed class RedisTracingTests
{
    private const string RedisSource = "OpenTelemetry.Instrumentation.StackExchangeRedis";

    [Fact]
    public async Task TracesTheRedisCommandsOfARequestAsChildrenOfTheRequest()
    {
        await using var app = new SharedRedisApp(
            SharedRedisApp.NewKeyPrefix(), settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true" });
        await app.InitializeAsync();
        var traceId = ActivityTraceId.CreateRandom();

        var response = await app.Client.SendTracedAsync(traceId, "query CoursePage { courses(first: 2) { nodes { id } } }", null);

        Assert.Empty(response.Errors);
        var commands = await RedisSpansAsync(app, traceId);
        var spans = app.Spans.InTrace(traceId);
        Assert.True(commands.Count > 0, $"No Redis span among {string.Join(", ", spans.Select(span => span.Source.Name))}.");
        var request = Assert.Single(spans, span => span.Kind == ActivityKind.Server);
        Assert.All(commands, command =>
        {
            Assert.Equal(ActivityKind.Client, command.Kind);
            Assert.Contains(request.SpanId, SpanCapture.Ancestors(command, spans));
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
