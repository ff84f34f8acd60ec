using System.Diagnostics;
using KnowledgePay.Infrastructure.Redis;
using KnowledgePay.Infrastructure.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace KnowledgePay.Infrastructure.UnitTests.Telemetry;

/// <summary>The product's tracer provider records spans of our own sources only when an exporter reads them.</summary>
public sealed class SpanSamplingTests
{
    private static readonly ActivitySource Source = new("KnowledgePay.Infrastructure.UnitTests.SpanSampling");

    [Fact]
    public void RecordsNoSpanWhenNoExporterIsConfigured()
    {
        using var host = HostWith([]);

        using var span = Source.StartActivity("nobody reads this");

        // At most an activity that carries the trace context: no tags, no events, nothing handed to a processor.
        Assert.True(span is null or { IsAllDataRequested: false, Recorded: false });
    }

    [Theory]
    [InlineData("OpenTelemetry:OtlpEndpoint", "http://127.0.0.1:9")]
    [InlineData("OpenTelemetry:ConsoleExporter", "true")]
    public void RecordsSpansWhenAnExporterReadsThem(string key, string value)
    {
        using var host = HostWith(new() { [key] = value });

        using var span = Source.StartActivity("exported");

        Assert.True(span is { IsAllDataRequested: true, Recorded: true });
    }

    private static IHost HostWith(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddRedis(); // as the product's host: Redis commands are traced on its connection (none is made unconfigured)
        builder.AddTelemetry();
        var host = builder.Build();
        // The provider starts listening when it is first resolved (the host's start does that in the product).
        host.Services.GetRequiredService<TracerProvider>();
        return host;
    }
}
