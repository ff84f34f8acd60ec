namespace KnowledgePay.Recommender.Ratings;

/// <summary>Defaults tuned on a 5-fold split of MovieLens small (docs/benchmarks.md).</summary>
public sealed record MatrixFactorizationOptions(
    int Factors = 30,
    int Epochs = 50,
    float LearningRate = 0.007f,
    float Regularization = 0.08f,
    float InitialStandardDeviation = 0.1f,
    int Seed = 42);
