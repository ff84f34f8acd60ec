using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Ratings;

/// <summary>
/// The explicit-rating predictor: biased matrix factorisation (Funk SVD with biases), rating ≈ μ + b_u + b_i + p_u·q_i,
/// trained by stochastic gradient descent on squared error with L2 regularisation, visiting the ratings in a fresh
/// seeded order every epoch. Vector arithmetic goes through <see cref="TensorPrimitives"/>.
/// </summary>
public sealed class BiasedMatrixFactorization
{
    private readonly MatrixFactorizationOptions _options;
    private readonly RatingRange _range;
    private readonly float[] _userBias;
    private readonly float[] _itemBias;
    private readonly float[] _userFactors;
    private readonly float[] _itemFactors;

    private BiasedMatrixFactorization(MatrixFactorizationOptions options, RatingRange range, int userCount, int itemCount, Random random)
    {
        _options = options;
        _range = range;
        _userBias = new float[userCount];
        _itemBias = new float[itemCount];
        _userFactors = NormalDraws.Of(random, userCount * options.Factors, options.InitialStandardDeviation);
        _itemFactors = NormalDraws.Of(random, itemCount * options.Factors, options.InitialStandardDeviation);
    }

    /// <summary>A trained predictor read back from its <see cref="Parameters"/>.</summary>
    public BiasedMatrixFactorization(RatingFactors parameters)
    {
        if (parameters.UserFactors.Length != parameters.UserBias.Length * parameters.Factors
            || parameters.ItemFactors.Length != parameters.ItemBias.Length * parameters.Factors)
        {
            throw new ArgumentException("Expected one factor row per user and per item.", nameof(parameters));
        }

        _options = new MatrixFactorizationOptions(Factors: parameters.Factors);
        _range = parameters.Range;
        _userBias = parameters.UserBias;
        _itemBias = parameters.ItemBias;
        _userFactors = parameters.UserFactors;
        _itemFactors = parameters.ItemFactors;
    }

    /// <summary>What the predictor learned, to be stored and read back.</summary>
    public RatingFactors Parameters => new(_options.Factors, _range, _userBias, _itemBias, _userFactors, _itemFactors);

    public static BiasedMatrixFactorization Train(
        IReadOnlyList<Rating> ratings, int userCount, int itemCount, MatrixFactorizationOptions options)
    {
        var random = new Random(options.Seed);
        var model = new BiasedMatrixFactorization(
            options, RatingRange.Of(ratings.Select(rating => rating.Stars).ToArray()), userCount, itemCount, random);
        var order = ratings.ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var rating in order)
            {
                model.Step(rating);
            }
        }

        return model;
    }

    /// <summary>The predicted rating, clamped to the training scale.</summary>
    public float Predict(int user, int item) => _range.Clamp(Raw(user, item));

    private void Step(Rating rating)
    {
        var learningRate = _options.LearningRate;
        var regularization = _options.Regularization;
        var decay = 1f - learningRate * regularization;
        var userVector = UserVector(rating.User);
        var itemVector = ItemVector(rating.Item);
        var error = rating.Stars - Raw(rating.User, rating.Item);
        _userBias[rating.User] += learningRate * (error - regularization * _userBias[rating.User]);
        _itemBias[rating.Item] += learningRate * (error - regularization * _itemBias[rating.Item]);

        // p_u ← p_u(1 − ηλ) + ηe·q_i and q_i ← q_i(1 − ηλ) + ηe·p_u, both from the pre-step p_u.
        Span<float> previousUserVector = stackalloc float[_options.Factors];
        userVector.CopyTo(previousUserVector);
        TensorPrimitives.Multiply(userVector, decay, userVector);
        TensorPrimitives.MultiplyAdd(itemVector, learningRate * error, userVector, userVector);
        TensorPrimitives.Multiply(itemVector, decay, itemVector);
        TensorPrimitives.MultiplyAdd(previousUserVector, learningRate * error, itemVector, itemVector);
    }

    private float Raw(int user, int item) =>
        _range.Mean + _userBias[user] + _itemBias[item] + TensorPrimitives.Dot(UserVector(user), ItemVector(item));

    private Span<float> UserVector(int user) => _userFactors.AsSpan(user * _options.Factors, _options.Factors);

    private Span<float> ItemVector(int item) => _itemFactors.AsSpan(item * _options.Factors, _options.Factors);
}
