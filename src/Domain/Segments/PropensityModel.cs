using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Segments;

/// <summary>
/// One training of the purchase-propensity model (ADR 0032): how much it learnt from, its AUC on the later, held-out
/// cut-off, and whether it was published (its scores written). A training with too few buyers is recorded unpublished.
/// </summary>
public sealed class PropensityModel : Entity
{
    private PropensityModel()
    {
    }

    public int Version { get; private set; }

    public DateTimeOffset TrainedAt { get; private set; }

    public int TrainingRows { get; private set; }

    public int TrainingPositives { get; private set; }

    public int EvaluationRows { get; private set; }

    public int EvaluationPositives { get; private set; }

    /// <summary>Area under the ROC curve on the evaluation cut-off; null when it holds only one class.</summary>
    public double? Auc { get; private set; }

    public bool Published { get; private set; }

    /// <summary>How many users were scored when published.</summary>
    public int ScoredUsers { get; private set; }

    /// <summary>Why it was not published, or what triggered it.</summary>
    public string Note { get; private set; } = string.Empty;

    public static PropensityModel Record(
        int version, DateTimeOffset trainedAt, int trainingRows, int trainingPositives, int evaluationRows,
        int evaluationPositives, double? auc, int scoredUsers, bool published, string note) =>
        new()
        {
            Version = version,
            TrainedAt = trainedAt,
            TrainingRows = trainingRows,
            TrainingPositives = trainingPositives,
            EvaluationRows = evaluationRows,
            EvaluationPositives = evaluationPositives,
            Auc = auc,
            ScoredUsers = scoredUsers,
            Published = published,
            Note = note.Length > 500 ? note[..500] : note,
        };
}
