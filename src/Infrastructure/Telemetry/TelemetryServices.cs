using KnowledgePay.Infrastructure.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgePay.Infrastructure.Telemetry;

public static class TelemetryServices
{
    /// <summary>Every span and instrument of our own assemblies (<c>KnowledgePay.Application</c>, <c>KnowledgePay.GraphQL</c> …).</summary>
    public const string OwnSources = "KnowledgePay.*";

    /// <summary>
    /// Traces (ASP.NET Core, HttpClient — the WeChat calls —, EF Core, StackExchange.Redis — rate limits, the shared WeChat
    /// token and the catalogue cache on the process's <see cref="RedisConnection"/> —, and our own sources: one span per
    /// GraphQL operation and per Mediator message) and metrics (request rate and latency, HttpClient, runtime, payments, outbox lag, model), exported
    /// by <see cref="TelemetryOptions"/>; log records carry the current trace and span ids in their scope. With no trace
    /// exporter configured nobody reads the spans, so none is recorded (a sampler that samples nothing; whoever adds an
    /// exporter of their own, like the tests' in-memory one, sets a sampler that records).
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.SectionName);
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().Bind(section);
        builder.Logging.Configure(logging =>
            logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.AddHostedService<TelemetryGauges>();

        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(OwnSources)
                    .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !IsProbe(http.Request.Path, options))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddRedisInstrumentation()
                    .ConfigureRedisInstrumentation((services, redis) =>
                        services.GetRequiredService<RedisConnection>().OnConnect(multiplexer => redis.AddConnection(multiplexer)));
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }

                if (options.ConsoleExporter)
                {
                    tracing.AddConsoleExporter();
                }

                if (otlp is null && !options.ConsoleExporter)
                {
                    tracing.SetSampler(new AlwaysOffSampler());
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(OwnSources)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }

                if (options.ConsoleExporter)
                {
                    metrics.AddConsoleExporter();
                }

                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        return builder;
    }

    /// <summary>Maps the Prometheus scraping endpoint when <see cref="TelemetryOptions.Prometheus"/> is on.</summary>
    public static WebApplication MapTelemetryEndpoints(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath);
        }

        return app;
    }

    // Health probes and scrapes arrive every few seconds and would drown the request traces.
    private static bool IsProbe(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments(options.PrometheusPath) || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
