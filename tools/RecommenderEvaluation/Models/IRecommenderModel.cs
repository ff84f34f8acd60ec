namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>The seam every evaluated model plugs into: learn once, then rank candidates for a user.</summary>
public interface IRecommenderModel
{
    string Name { get; }

    void Fit(TrainingSet training);

    /// <summary>Writes one score per candidate item into <paramref name="scores"/>; higher ranks first.</summary>
    void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores);
}
