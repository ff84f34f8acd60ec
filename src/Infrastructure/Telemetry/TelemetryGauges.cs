using System.Diagnostics.Metrics;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Recommender.Serving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.Telemetry;

/// <summary>
/// Gauges observed when metrics are collected (an export or a scrape), not on a timer of their own: the outbox's lag
/// (age of the oldest undelivered event: after-commit work that is falling behind or failing), and the served
/// recommender model's version and training time (every node should report the same).
/// </summary>
internal sealed partial class TelemetryGauges(
    IMeterFactory meters, IServiceScopeFactory scopes, RecommenderModelHolder models, TimeProvider clock, ILogger<TelemetryGauges> logger)
    : IHostedService
{
    public const string MeterName = "KnowledgePay.Infrastructure";

    private Meter? _meter;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge(
            "knowledgepay.outbox.lag", ObserveOutboxLag, "s", "Age of the oldest outbox message not yet delivered (0 when none waits).");
        _meter.CreateObservableGauge(
            "knowledgepay.recommender.model.version", ObserveModel(model => model.Version),
            description: "Version of the recommender model this node serves.");
        _meter.CreateObservableGauge(
            "knowledgepay.recommender.model.trained_at", ObserveModel(model => model.TrainedAt.ToUnixTimeSeconds()),
            "s", "When the served recommender model was trained (Unix time).");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _meter?.Dispose();
        return Task.CompletedTask;
    }

    private Func<IEnumerable<Measurement<long>>> ObserveModel(Func<RecommenderModel, long> value) =>
        () => models.Current is { } model ? [new Measurement<long>(value(model))] : [];

    // Collection is synchronous, so is this one indexed read; a database that does not answer yields no measurement.
    private IEnumerable<Measurement<double>> ObserveOutboxLag()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var oldest = scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => m.ProcessedAt == null)
                .OrderBy(m => m.OccurredAt)
                .Select(m => (DateTimeOffset?)m.OccurredAt)
                .FirstOrDefault();
            var lag = oldest is { } occurredAt ? Math.Max(0, (clock.GetUtcNow() - occurredAt).TotalSeconds) : 0;
            return [new Measurement<double>(lag)];
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogLagUnavailable(exception.GetType().Name);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox lag not measured: the database did not answer ({ErrorType})")]
    private partial void LogLagUnavailable(string errorType);
}
