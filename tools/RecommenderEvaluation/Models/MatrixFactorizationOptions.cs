namespace KnowledgePay.RecommenderEvaluation.Models;

public sealed record MatrixFactorizationOptions(
    int Factors = 100,
    int Epochs = 25,
    float LearningRate = 0.007f,
    float Regularization = 0.05f,
    float InitialStandardDeviation = 0.1f,
    int Seed = 42);
