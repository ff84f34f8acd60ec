using KnowledgePay.Recommender.Serving;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace KnowledgePay.Recommender.Training;

/// <summary>A served model together with the ML.NET model, feature space and context it came from.</summary>
internal sealed record TrainedMachine(
    RecommenderModel Model,
    FieldAwareFactorizationMachinePredictionTransformer Machine,
    FeatureSpace Space,
    MLContext Context);
