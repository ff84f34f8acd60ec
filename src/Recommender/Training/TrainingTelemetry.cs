using System.Diagnostics;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Spans of a training run's phases (<see cref="Phase"/>), under the source <see cref="Name"/>: a host's tracing or the
/// training benchmark listens to it and sees where a run's time goes. Without a listener a phase costs nothing.
/// </summary>
public static class TrainingTelemetry
{
    public const string Name = "KnowledgePay.Recommender.Training";

    public const string Warp = "WARP";
    public const string ImplicitAls = "iALS";
    public const string Ease = "EASE";
    public const string RatingPredictor = "rating predictor";
    public const string Assembly = "assembly";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>A span named <paramref name="phase"/> until disposed (null when nobody listens).</summary>
    public static Activity? Phase(string phase) => Source.StartActivity(phase);
}
