using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Section <c>Recommendations:Warp</c>: hyper-parameters of <see cref="WarpRecommenderTrainer"/> (defaults tuned on a
/// validation split of MovieLens small carved from its training part; docs/benchmarks.md).
/// </summary>
public sealed record WarpOptions
{
    /// <summary>Length of each embedding; serving vectors are one longer (the course bias).</summary>
    [Range(2, 256)]
    public int Dimension { get; init; } = 32;

    [Range(1, 1000)]
    public int Epochs { get; init; } = 20;

    public float LearningRate { get; init; } = 0.05f;

    /// <summary>L2 penalty on every embedding and bias a step touches.</summary>
    public float Lambda { get; init; } = 0.0001f;

    /// <summary>Courses tried per positive before WARP gives up looking for one that the model ranks too high.</summary>
    [Range(1, 10_000)]
    public int MaxNegativeTrials { get; init; } = 100;

    /// <summary>
    /// The served parameters are the mean of those after each of the last this many epochs (Polyak averaging), which
    /// evens out the noise of the last stochastic steps; 0 serves the last epoch's as they are.
    /// </summary>
    [Range(0, 1000)]
    public int AveragedEpochs { get; init; } = 10;

    /// <summary>
    /// With more than one training thread: stratified epochs (DSGD; docs/decisions/0079-stratified-warp.md), in
    /// which no two threads step the same user or course rows at once; false: Hogwild over all positives. The same
    /// validation NDCG@10 either way; stratified was faster in 14 of 16 rounds side by side.
    /// </summary>
    public bool Stratified { get; init; } = true;
}
