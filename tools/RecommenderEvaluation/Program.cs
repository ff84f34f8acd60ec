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

var data = options.TrainPath is { } trainPath && options.TestPath is { } testPath
    ? InteractionCsvReader.ReadTrainAndTest(trainPath, testPath)
    : InteractionCsvReader.Read(options.RatingsPath!);
if (options.Implicit)
{
    data = data.AsImplicit();
}

var itemFeatures = options.ItemsPath is null ? null : FeatureCsvReader.Read(options.ItemsPath, data.ItemIds);
var userFeatures = options.UsersPath is null ? null : FeatureCsvReader.Read(options.UsersPath, data.UserIds);
if (options.Onboarding.SampleSize > 0)
{
    // Before any split, so no set-aside interaction is ever trained on or scored.
    (var rest, userFeatures) = OnboardingInterests.Draw(
        data.Interactions, itemFeatures!, options.Onboarding.SampleSize, options.Onboarding.InterestCount, options.SplitSeed);
    data = data with { Interactions = rest };
    if (options.Onboarding.UsersOutputPath is { } usersOutput)
    {
        await File.WriteAllLinesAsync(usersOutput, ["userId,interests", .. userFeatures.OrderBy(user => user.Key).Select(user => $"{data.UserIds[user.Key]},{string.Join('|', user.Value)}")]);
    }
}

var training = new TrainingSet(data.Interactions, data.UserCount, data.ItemCount, itemFeatures, userFeatures);
var settings = new EvaluationSettings(options.K, options.RelevanceThreshold, data.IsExplicit, options.TieSeed);
// Tuning never sees the test part: the split's training part is split again and the models are scored on that.
var splits = options.Validation
    ? SplitPlanner.PlanValidation(options.Split, data, options.TestFraction, options.Folds, options.SplitSeed, options.Repeats)
    : SplitPlanner.Plan(options.Split, data, options.TestFraction, options.Folds, options.SplitSeed, options.Repeats);
var evaluated = options.Split switch
{
    SplitKind.UserHoldout => "new users (every interaction held out), whole catalogue",
    SplitKind.ItemHoldout => "new courses (every interaction held out): only they are ranked",
    _ => "known users, whole catalogue minus their training items",
};

var likedRating = data.IsExplicit ? options.RelevanceThreshold : float.PositiveInfinity;
var ratingWeights = new RatingWeights(likedRating, options.LikedWeight, options.UnlikedWeight, options.DislikedBelow);
// When each user arrived, from the whole data set (before any split): the moment a new user's list is served.
var arrivalPopularity = options.PopularityHalfLifeDays is { } halfLife
    ? new ArrivalPopularity(ArrivalPopularity.FirstTimestamps(data.Interactions), halfLife)
    : null;
// What is popular per daypart, and the daypart each user arrived in (time of day; the data has no platform).
var arrivalDayparts = new ArrivalDayparts(ArrivalPopularity.FirstTimestamps(data.Interactions), TimeZoneInfo.FindSystemTimeZoneById(options.DaypartTimeZone));
IEnumerable<(string Name, bool NeedsRatings, Func<IRecommenderModel> Create)> candidates =
[
    ("popularity", false, () => new PopularityModel()),
    .. options.ItemKnn.Select(knn => ("itemknn", false, (Func<IRecommenderModel>)(() => new ItemKnnModel(knn)))),
    .. options.Ease.Select(ease => ("ease", false, (Func<IRecommenderModel>)(() => new EaseModel(ease)))),
    .. options.RandomWalk.Select(walk => ("rp3beta", false, (Func<IRecommenderModel>)(() => new Rp3BetaModel(walk)))),
    ("genre", false, () => new GenreProfileModel()),
    ("segment", false, () => new SegmentPopularityModel()),
    ("biases", true, () => new BiasBaselineModel()),
    ("mf", true, () => new BiasedMatrixFactorizationModel(options.Factorization)),
    ("svdpp", true, () => new SvdPlusPlusModel(options.SvdPlusPlus)),
    ("hybrid", false, () => new HybridRecommenderModel(options.Hybrid, ratingWeights)),
    ("ials", false, () => new ImplicitAlsRecommenderModel(options.Hybrid.ImplicitAls, ratingWeights, options.ModelSeed)),
    .. options.NewLearnerBlends.Select(blend => ("newlearner", false, (Func<IRecommenderModel>)(() => new HybridRecommenderModel(options.Hybrid, ratingWeights, blend, arrivalPopularity, arrivalDayparts)))),
    .. (arrivalPopularity is null ? [] : new[] { ("arrival", false, (Func<IRecommenderModel>)(() => new ArrivalPopularityModel(arrivalPopularity))) }),
];
var models = candidates
    .Where(model => options.Models.Contains(model.Name) && (data.IsExplicit || !model.NeedsRatings))
    .Select(model => model.Create);

Console.WriteLine($"{data.Interactions.Count} interactions, {data.UserCount} users, {data.ItemCount} items, "
    + $"{(data.IsExplicit ? "explicit" : "implicit")}; split {options.Split}{(options.Validation ? " (validation)" : "")} "
    + $"({splits.Count} part(s), split seed {options.SplitSeed}), k={options.K}, model seed {options.ModelSeed}, tie seed {options.TieSeed}; "
    + $"evaluated: {evaluated}");
var results = models
    .Select(createModel => ModelResult.Mean(splits.Select(split => ModelEvaluator.Evaluate(createModel(), split, training, settings)).ToList()))
    .ToList();
Console.Write(ResultTable.Render(results, options.K));

if (options.JsonPath is not null)
{
    var report = new EvaluationReport(
        Path.GetFileName(options.RatingsPath ?? options.TrainPath!), options.Split.ToString(), options.Validation, evaluated, options.K,
        options.SplitSeed, options.ModelSeed, options.TieSeed, options.RelevanceThreshold, data.IsExplicit, data.UserCount, data.ItemCount, data.Interactions.Count, results);
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
}

return 0;
