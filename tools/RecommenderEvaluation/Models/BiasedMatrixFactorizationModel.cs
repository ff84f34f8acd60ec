using System.Numerics.Tensors;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Biased matrix factorisation (Funk SVD with biases): rating ≈ μ + b_u + b_i + p_u·q_i, trained by stochastic
/// gradient descent on squared error with L2 regularisation, visiting the training ratings in a fresh seeded
/// order every epoch. Vector arithmetic goes through <see cref="TensorPrimitives"/>.
/// </summary>
public sealed class BiasedMatrixFactorizationModel(MatrixFactorizationOptions options) : IRatingPredictor
{
    private RatingRange _range;
    private float[] _userBias = [];
    private float[] _itemBias = [];
    private float[] _userFactors = [];
    private float[] _itemFactors = [];

    public string Name => $"biased MF (f={options.Factors}, epochs={options.Epochs})";

    public void Fit(TrainingSet training)
    {
        var random = new Random(options.Seed);
        var factors = options.Factors;
        _range = RatingRange.Of(training.Interactions);
        _userBias = new float[training.UserCount];
        _itemBias = new float[training.ItemCount];
        _userFactors = RandomNormal(random, training.UserCount * factors);
        _itemFactors = RandomNormal(random, training.ItemCount * factors);

        var order = training.Interactions.ToArray();
        var previousUserVector = new float[factors];
        var learningRate = options.LearningRate;
        var decay = 1f - learningRate * options.Regularization;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var interaction in order)
            {
                var userVector = UserVector(interaction.User);
                var itemVector = ItemVector(interaction.Item);
                var error = interaction.Rating - Predict(interaction.User, interaction.Item);
                _userBias[interaction.User] += learningRate * (error - options.Regularization * _userBias[interaction.User]);
                _itemBias[interaction.Item] += learningRate * (error - options.Regularization * _itemBias[interaction.Item]);

                // p_u ← p_u(1 − ηλ) + ηe·q_i and q_i ← q_i(1 − ηλ) + ηe·p_u, both from the pre-step p_u.
                userVector.CopyTo(previousUserVector);
                TensorPrimitives.Multiply(userVector, decay, userVector);
                TensorPrimitives.MultiplyAdd(itemVector, learningRate * error, userVector, userVector);
                TensorPrimitives.Multiply(itemVector, decay, itemVector);
                TensorPrimitives.MultiplyAdd(previousUserVector, learningRate * error, itemVector, itemVector);
            }
        }
    }

    public float PredictRating(int user, int item) => _range.Clamp(Predict(user, item));

    private float Predict(int user, int item) =>
        _range.Mean + _userBias[user] + _itemBias[item] + TensorPrimitives.Dot(UserVector(user), ItemVector(item));

    private Span<float> UserVector(int user) => _userFactors.AsSpan(user * options.Factors, options.Factors);

    private Span<float> ItemVector(int item) => _itemFactors.AsSpan(item * options.Factors, options.Factors);

    private float[] RandomNormal(Random random, int length)
    {
        var values = new float[length];
        for (var index = 0; index < length; index++)
        {
            // Box–Muller transform.
            var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            values[index] = (float)(radius * Math.Cos(2.0 * Math.PI * random.NextDouble()) * options.InitialStandardDeviation);
        }

        return values;
    }
}
