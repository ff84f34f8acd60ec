namespace KnowledgePay.Infrastructure.Telemetry;

/// <summary>Where traces and metrics go, bound from the <c>OpenTelemetry</c> configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The <c>service.name</c> resource attribute every span and metric carries.</summary>
    public string ServiceName { get; set; } = "knowledgepay";

    /// <summary>An OTLP collector (e.g. <c>http://otel-collector:4317</c>); traces and metrics are exported there when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Writes finished spans and metrics to the console (for a developer without a collector).</summary>
    public bool ConsoleExporter { get; set; }

    /// <summary>Serves the metrics for Prometheus to scrape at <see cref="PrometheusPath"/>.</summary>
    public bool Prometheus { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";
}
