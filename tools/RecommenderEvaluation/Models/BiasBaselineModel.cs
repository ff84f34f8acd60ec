using KnowledgePay.Recommender.Ratings;
using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Predicts global mean + item bias + user bias, each bias a shrunk mean of the residuals (Koren's baseline
/// predictor): item biases first, then user biases on what the item biases leave, alternated a few times.
/// </summary>
public sealed class BiasBaselineModel(float itemShrinkage = 10f, float userShrinkage = 15f) : IRatingPredictor
{
    private const int Sweeps = 3;

    private RatingRange _range;
    private float[] _userBias = [];
    private float[] _itemBias = [];

    public string Name => "global mean + biases";

    public void Fit(TrainingSet training)
    {
        _range = RatingRange.Of(training.Interactions.Select(interaction => interaction.Rating).ToArray());
        _userBias = new float[training.UserCount];
        _itemBias = new float[training.ItemCount];
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            _itemBias = ShrunkMeanResidual(training, itemShrinkage, training.ItemCount, interaction => interaction.Item,
                interaction => interaction.Rating - _range.Mean - _userBias[interaction.User]);
            _userBias = ShrunkMeanResidual(training, userShrinkage, training.UserCount, interaction => interaction.User,
                interaction => interaction.Rating - _range.Mean - _itemBias[interaction.Item]);
        }
    }

    public float PredictRating(int user, int item) => _range.Clamp(_range.Mean + _userBias[user] + _itemBias[item]);

    private static float[] ShrunkMeanResidual(
        TrainingSet training,
        float shrinkage,
        int count,
        Func<Interaction, int> key,
        Func<Interaction, float> residual)
    {
        var sums = new float[count];
        var counts = new int[count];
        foreach (var interaction in training.Interactions)
        {
            sums[key(interaction)] += residual(interaction);
            counts[key(interaction)]++;
        }

        for (var index = 0; index < count; index++)
        {
            sums[index] /= shrinkage + counts[index];
        }

        return sums;
    }
}
