using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommendations;

/// <summary>
/// Listens to the training's phase spans (<see cref="TrainingTelemetry"/>) and sums each phase's wall time; phases that run
/// side by side each count their own time.
/// </summary>
internal sealed class TrainingPhases : IDisposable
{
    private readonly ConcurrentDictionary<string, TimeSpan> _durations = new();
    private readonly ActivityListener _listener;

    public TrainingPhases()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TrainingTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => _durations.AddOrUpdate(activity.OperationName, activity.Duration, (_, sum) => sum + activity.Duration),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public override string ToString() => string.Join(
        ", ",
        new[] { TrainingTelemetry.Warp, TrainingTelemetry.ImplicitAls, TrainingTelemetry.Ease, TrainingTelemetry.RatingPredictor, TrainingTelemetry.Assembly }
            .Where(_durations.ContainsKey)
            .Select(phase => string.Create(CultureInfo.InvariantCulture, $"{phase} {_durations[phase].TotalSeconds:F1} s")));

    public void Dispose() => _listener.Dispose();
}
