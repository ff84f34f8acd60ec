using KnowledgePay.Application.Common.Statistics;

namespace KnowledgePay.Application.Experiments.Analysis;

/// <summary>
/// One arm's per-user outcome Y and pre-exposure covariates X₁…X_k reduced to what SQL can sum: the outcome's and each
/// covariate's <see cref="SampleMoments"/>, the cross sums ΣXᵢY and the k×k cross sums ΣXᵢXⱼ (its diagonal is ΣXᵢ²).
/// </summary>
public sealed record CovariateMoments(
    SampleMoments Outcome,
    IReadOnlyList<SampleMoments> Covariates,
    IReadOnlyList<double> CovariateOutcomeSums,
    IReadOnlyList<IReadOnlyList<double>> CovariateProductSums)
{
    public long Count => Outcome.Count;

    /// <summary>The sample covariance of covariate <paramref name="i"/> with the outcome (0 below two users).</summary>
    public double CovarianceWithOutcome(int i) =>
        Count < 2 ? 0 : (CovariateOutcomeSums[i] - (Covariates[i].Sum * Outcome.Sum / Count)) / (Count - 1);

    /// <summary>The sample covariance of covariates <paramref name="i"/> and <paramref name="j"/> (0 below two users).</summary>
    public double Covariance(int i, int j) =>
        Count < 2 ? 0 : (CovariateProductSums[i][j] - (Covariates[i].Sum * Covariates[j].Sum / Count)) / (Count - 1);
}
