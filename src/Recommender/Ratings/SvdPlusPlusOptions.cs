namespace KnowledgePay.Recommender.Ratings;

/// <summary>
/// Hyper-parameters of <see cref="SvdPlusPlus"/>: learning rate η shrunk by <see cref="LearningRateDecay"/> every epoch,
/// L2 weights λ for the biases, the factors p_u, q_i and the implicit factors y_j (defaults chosen on validation folds
/// carved from the training part of MovieLens small; docs/recommender/predicted-ratings.md). <see cref="Members"/>
/// models are trained from the seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, … and their predictions averaged.
/// </summary>
public sealed record SvdPlusPlusOptions(
    int Factors = 100,
    int Epochs = 50,
    float LearningRate = 0.01f,
    float LearningRateDecay = 1f,
    float BiasRegularization = 0.08f,
    float Regularization = 0.07f,
    float ImplicitRegularization = 0.07f,
    float InitialStandardDeviation = 0.1f,
    int Seed = 42,
    int Members = 20);
