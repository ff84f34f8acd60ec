using KnowledgePay.Application.Segments.Propensity;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace KnowledgePay.Infrastructure.Segments;

/// <summary>
/// The propensity model as an ML.NET LightGBM binary classifier (gradient-boosted trees: no scaling of counts and fen
/// needed, interactions such as "viewed a lot but never bought" learnt). One thread and a fixed seed make a training
/// reproducible. The AUC is ML.NET's on the evaluation cut-off.
/// </summary>
internal sealed class LightGbmPropensityTrainer : IPropensityTrainer
{
    public PropensityFit Train(
        IReadOnlyList<PropensityExample> training,
        IReadOnlyList<PropensityExample> evaluation,
        IReadOnlyList<PropensityExample> scoring,
        int seed,
        CancellationToken cancellationToken)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PropensityFeatures.Names.Length);
        IDataView Load(IReadOnlyList<PropensityExample> examples) =>
            ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Features = e.Features, Label = e.Bought }), schema);

        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = 100,
            LearningRate = 0.1,
            NumberOfLeaves = 15,
            MinimumExampleCountPerLeaf = 10,
            Seed = seed,
            NumberOfThreads = 1,
            Silent = true,
        });
        cancellationToken.ThrowIfCancellationRequested();
        var model = trainer.Fit(Load(training));
        cancellationToken.ThrowIfCancellationRequested();

        double? auc = evaluation.Any(e => e.Bought) && evaluation.Any(e => !e.Bought)
            ? ml.BinaryClassification.Evaluate(model.Transform(Load(evaluation))).AreaUnderRocCurve
            : null;
        var scores = ml.Data.CreateEnumerable<Prediction>(model.Transform(Load(scoring)), reuseRowObject: false)
            .Zip(scoring, (prediction, example) => (example.UserId, Score: (double)prediction.Probability))
            .ToDictionary(s => s.UserId, s => s.Score);
        return new PropensityFit(auc, scores);
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
