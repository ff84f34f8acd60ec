namespace KnowledgePay.Application.Segments.Propensity;

/// <summary>The purchase-propensity learner (LightGBM in Infrastructure): trains, evaluates, scores.</summary>
public interface IPropensityTrainer
{
    /// <summary>
    /// Trains a binary classifier on <paramref name="training"/> with <paramref name="seed"/>, measures its AUC on
    /// <paramref name="evaluation"/> (null when that holds one class only) and scores <paramref name="scoring"/>.
    /// </summary>
    PropensityFit Train(
        IReadOnlyList<PropensityExample> training,
        IReadOnlyList<PropensityExample> evaluation,
        IReadOnlyList<PropensityExample> scoring,
        int seed,
        CancellationToken cancellationToken);
}

/// <summary>The AUC on the evaluation cut-off, and each scored user's probability of buying.</summary>
public sealed record PropensityFit(double? Auc, IReadOnlyDictionary<Guid, double> Scores);
