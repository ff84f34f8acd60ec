using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Application.Segments.Propensity;

/// <summary>Section <c>Segments:Propensity</c>: the purchase-propensity model's training (ADR 0032).</summary>
public sealed class PropensityOptions
{
    public const string SectionName = "Segments:Propensity";

    /// <summary>Weekly cut-offs trained on, before the one evaluated on (the latest whose 7-day label is fully observed).</summary>
    [Range(1, 52)]
    public int TrainingCutoffs { get; set; } = 4;

    /// <summary>A model learnt from fewer buyers than this is recorded but not published (its scores are not written).</summary>
    [Range(1, 100_000)]
    public int MinTrainingPositives { get; set; } = 20;

    /// <summary>Fixes LightGBM's sampling, so the same data trains the same model.</summary>
    public int Seed { get; set; } = 20261202;

    /// <summary>Whether the background trainer runs (on the recommender's <c>Recommendations:TrainingInterval</c>).</summary>
    public bool Enabled { get; set; } = true;
}
