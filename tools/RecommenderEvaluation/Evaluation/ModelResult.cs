namespace KnowledgePay.RecommenderEvaluation.Evaluation;

/// <summary>
/// A model's scores on one split (or the mean over folds). Rating errors are null for rankers and implicit data.
/// <paramref name="FitProcessorSeconds"/>: the process's processor time during the fit (all its threads).
/// </summary>
public sealed record ModelResult(
    string Model,
    double Precision,
    double Recall,
    double Ndcg,
    double HitRate,
    double Coverage,
    double? Rmse,
    double? Mae,
    int UsersEvaluated,
    double FitSeconds,
    double FitProcessorSeconds = 0)
{
    public static ModelResult Mean(IReadOnlyList<ModelResult> folds) => new(
        folds[0].Model,
        folds.Average(fold => fold.Precision),
        folds.Average(fold => fold.Recall),
        folds.Average(fold => fold.Ndcg),
        folds.Average(fold => fold.HitRate),
        folds.Average(fold => fold.Coverage),
        folds[0].Rmse is null ? null : folds.Average(fold => fold.Rmse!.Value),
        folds[0].Mae is null ? null : folds.Average(fold => fold.Mae!.Value),
        (int)Math.Round(folds.Average(fold => fold.UsersEvaluated)),
        folds.Average(fold => fold.FitSeconds),
        folds.Average(fold => fold.FitProcessorSeconds));
}
