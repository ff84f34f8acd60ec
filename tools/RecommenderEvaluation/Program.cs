using System.Text.Json;
using KnowledgePay.RecommenderEvaluation.Cli;
using KnowledgePay.RecommenderEvaluation.Data;
using KnowledgePay.RecommenderEvaluation.Evaluation;
using KnowledgePay.RecommenderEvaluation.Models;
using KnowledgePay.RecommenderEvaluation.Reporting;
using KnowledgePay.RecommenderEvaluation.Splits;

// Offline evaluation of recommenders on an interactions CSV (file formats: README.md next to this file).
EvaluationOptions options;
try
{
    options = EvaluationOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}

var data = InteractionCsvReader.Read(options.RatingsPath);
if (options.Validation)
{
    // Tuning never sees the test part: the split's training part is split again and the models are scored on that.
    var outer = DataSplitter.RandomPerUser(data.Interactions, options.TestFraction, options.Seed);
    data = data with { Interactions = [.. outer.Train] };
}

var training = new TrainingSet(
    data.Interactions,
    data.UserCount,
    data.ItemCount,
    options.ItemsPath is null ? null : ItemFeatureReader.Read(options.ItemsPath, data));
var settings = new EvaluationSettings(options.K, options.RelevanceThreshold, data.IsExplicit);
var splits = options.Split switch
{
    SplitKind.Random => DataSplitter.RepeatedRandomPerUser(data.Interactions, options.TestFraction, options.Seed, options.Repeats).ToList(),
    SplitKind.Time => [DataSplitter.ByTimePerUser(data.Interactions, options.TestFraction)],
    _ => DataSplitter.KFold(data.Interactions, options.Folds, options.Seed).ToList(),
};

var likedRating = data.IsExplicit ? options.RelevanceThreshold : float.PositiveInfinity;
IEnumerable<(string Name, bool NeedsRatings, Func<IRecommenderModel> Create)> candidates =
[
    ("popularity", false, () => new PopularityModel()),
    ("itemknn", false, () => new ItemKnnModel(options.Neighbours)),
    ("biases", true, () => new BiasBaselineModel()),
    ("mf", true, () => new BiasedMatrixFactorizationModel(options.Factorization)),
    ("svdpp", true, () => new SvdPlusPlusModel(options.SvdPlusPlus)),
    ("hybrid", false, () => new HybridRecommenderModel(options.Hybrid, new RatingWeights(likedRating, options.LikedWeight, options.UnlikedWeight, options.DislikedBelow))),
];
var models = candidates
    .Where(model => options.Models.Contains(model.Name) && (data.IsExplicit || !model.NeedsRatings))
    .Select(model => model.Create);

Console.WriteLine($"{data.Interactions.Count} interactions, {data.UserCount} users, {data.ItemCount} items, "
    + $"{(data.IsExplicit ? "explicit" : "implicit")}; split {options.Split} ({splits.Count} part(s)), k={options.K}");
var results = models
    .Select(createModel => ModelResult.Mean(splits.Select(split => ModelEvaluator.Evaluate(createModel(), split, training, settings)).ToList()))
    .ToList();
Console.Write(ResultTable.Render(results, options.K));

if (options.JsonPath is not null)
{
    var report = new EvaluationReport(
        Path.GetFileName(options.RatingsPath), options.Split.ToString(), options.K, options.Seed, options.RelevanceThreshold,
        data.IsExplicit, data.UserCount, data.ItemCount, data.Interactions.Count, results);
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
}

return 0;
