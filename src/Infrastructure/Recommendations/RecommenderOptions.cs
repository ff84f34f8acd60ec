using System.ComponentModel.DataAnnotations;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Section <c>Recommendations</c>: the training schedule (and how soon catalogue changes are learnt) on top of the
/// trainers' settings (<see cref="TrainerOptions"/>), which bind from the same section.
/// </summary>
public sealed record RecommenderOptions : TrainerOptions
{
    public const string SectionName = "Recommendations";

    /// <summary>Time between scheduled trainings; the first runs this long after start.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan TrainingInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How soon after a catalogue change the model learns (e.g. a newly published course); changes within this time of
    /// the first give one training.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetrainAfterCatalogueChange { get; init; } = TimeSpan.FromMinutes(1);
}
