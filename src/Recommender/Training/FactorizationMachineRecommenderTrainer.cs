using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// The hybrid recommender: ML.NET's field-aware factorisation machine over user id, user features, course id and
/// course features, trained on implicit feedback (<see cref="TrainingExamples"/>), then folded into serving vectors
/// (<see cref="FieldAwareFolding"/>); the rating prior (<see cref="RatingPrior"/>) is added to the folded course biases,
/// so the served scores equal ML.NET's for courses without ratings. Deterministic for a given training set and
/// <see cref="TrainerOptions.Seed"/>.
/// </summary>
public sealed class FactorizationMachineRecommenderTrainer(TrainerOptions options, TimeProvider clock) : IPartTrainer
{
    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken) =>
        Train(data, version, measured: true, cancellationToken);

    /// <inheritdoc cref="IPartTrainer.Train"/>
    public RecommenderModel Train(RecommenderTrainingSet data, long version, bool measured, CancellationToken cancellationToken) =>
        TrainMachine(data, version, measured, cancellationToken).Model;

    /// <summary>The served model with the ML.NET model it was folded from (which the folding tests compare it with).</summary>
    internal TrainedMachine TrainMachine(RecommenderTrainingSet data, long version, bool measured, CancellationToken cancellationToken)
    {
        if (options.LatentDimension % 8 != 0)
        {
            throw new ArgumentException("The latent dimension must be a multiple of 8 (see TrainerOptions).", nameof(options));
        }

        var stopwatch = Stopwatch.StartNew();
        var space = FeatureSpace.Of(data);
        var examples = TrainingExamples.Build(data.Interactions, space, options.NegativesPerPositive, options.NegativePopularityExponent, new Random(options.Seed));
        cancellationToken.ThrowIfCancellationRequested();
        var context = new MLContext(options.Seed);
        var machine = Fit(context, space, examples);
        cancellationToken.ThrowIfCancellationRequested();

        // Ids without a single positive kept their random start (users) or only learnt "not taken" (courses): such
        // users and courses are served from their features, like newcomers.
        var positives = examples.Where(example => example.Taken).ToArray();
        var popularity = new float[space.Courses.Count];
        foreach (var example in positives)
        {
            popularity[example.Course] += example.Weight;
        }

        var activeUsers = positives.Select(example => example.User).Distinct().Order().ToArray();
        var folding = new FieldAwareFolding(machine.Model, space);
        var courseVectors = folding.CourseVectors(space, course => popularity[course] > 0f);
        RatingPrior.Apply(courseVectors, folding.Dimension, space.Courses, options);
        var userIdVectors = folding.UserIdVectors(activeUsers);
        var featureVectors = folding.UserFeatureVectors(space.UserTokens.Count);

        var unmeasured = new RecommenderModel(
            version, clock.GetUtcNow(), new RecommenderMetrics(data.Interactions.Count, space.Users.Count, space.Courses.Count, 0, 0),
            folding.Dimension, space.Courses, courseVectors, popularity, activeUsers.Select(user => space.Users[user].UserKey).ToArray(),
            userIdVectors, space.UserTokens, featureVectors);
        var model = measured
            ? TrainingAuc.Measured(unmeasured, space, new TakenCourses(positives, space.Users.Count), options.Seed, options.TrainingThreads, stopwatch)
            : unmeasured;
        return new TrainedMachine(model, machine, space, context);
    }

    private FieldAwareFactorizationMachinePredictionTransformer Fit(
        MLContext context, FeatureSpace space, IReadOnlyList<TrainingExample> examples)
    {
        var rows = new TrainingExampleDataView(space, examples);
        var trainer = context.BinaryClassification.Trainers.FieldAwareFactorizationMachine(
            new FieldAwareFactorizationMachineTrainer.Options
            {
                FeatureColumnName = TrainingExampleDataView.FieldColumns[0],
                ExtraFeatureColumns = TrainingExampleDataView.FieldColumns[1..],
                LabelColumnName = TrainingExampleDataView.Label,
                LatentDimension = options.LatentDimension,
                NumberOfIterations = options.Iterations,
                LearningRate = options.LearningRate,
                LambdaLinear = options.LambdaLinear,
                LambdaLatent = options.LambdaLatent,
                NormalizeFeatures = false,
                Shuffle = false,
                Verbose = false,
            });
        return trainer.Fit(rows);
    }
}
