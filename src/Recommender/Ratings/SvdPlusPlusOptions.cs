namespace KnowledgePay.Recommender.Ratings;

/// <summary>
/// Hyper-parameters of <see cref="SvdPlusPlus"/>: learning rate η shrunk by <see cref="LearningRateDecay"/> every epoch,
/// L2 weights λ for the biases, the factors p_u, q_i and the implicit factors y_j (defaults chosen on validation folds
/// carved from the training part of MovieLens small; docs/walkthroughs/i17-rating.md).
/// </summary>
public sealed record SvdPlusPlusOptions(
    int Factors = 50,
    int Epochs = 40,
    float LearningRate = 0.007f,
    float LearningRateDecay = 0.95f,
    float BiasRegularization = 0.005f,
    float Regularization = 0.06f,
    float ImplicitRegularization = 0.06f,
    float InitialStandardDeviation = 0.1f,
    int Seed = 42);
