using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// The product's hybrid recommender under evaluation: the same trainer (<see cref="TrainerOptions.Algorithm"/>)
/// and serving code (one dot product per item). Items are courses whose tags are the item features, users learners
/// whose interest tags are the user features (<c>--users</c> or onboarding interests); every interaction is a positive
/// weighted by its rating (<see cref="RatingWeights"/>; weight 0 leaves it out). With a <see cref="NewLearnerBlend"/>
/// the scores are blended with the popularity prior by the user's training interaction count, as the product serves
/// them; every blend of a run shares one trained model per split. With <see cref="ArrivalDayparts"/> the model also
/// holds what is popular per daypart, and each user's list is asked for in the daypart of their arrival.
/// </summary>
public sealed class HybridRecommenderModel(
    TrainerOptions options,
    RatingWeights weights,
    NewLearnerBlend? blend = null,
    ArrivalPopularity? arrivalPopularity = null,
    ArrivalDayparts? dayparts = null) : IRecommenderModel
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Data.Interaction>, Dictionary<(TrainerOptions, RatingWeights), RecommenderModel>> Trained = [];

    private RecommenderModel? _model;
    private UserFeatures[] _users = [];
    private int[] _interactionCounts = [];
    private float[] _scores = [];
    private IReadOnlyList<Data.Interaction> _training = [];

    public string Name => options.Algorithm switch
    {
        RecommenderAlgorithm.Warp => $"hybrid WARP (d={options.Warp.Dimension}, ep={options.Warp.Epochs}, lr={options.Warp.LearningRate}, λ={options.Warp.Lambda})",
        RecommenderAlgorithm.WarpWithImplicitAls =>
            $"hybrid WARP ⊕ iALS (d={options.Warp.Dimension}+{options.ImplicitAls.Dimension}, w={options.ImplicitAls.BlendWeight})",
        RecommenderAlgorithm.WarpImplicitAlsEase =>
            $"hybrid WARP ⊕ iALS ⊕ EASE (d={options.Warp.Dimension}+{options.ImplicitAls.Dimension}+{options.Ease.Rank}, w={options.Ease.ImplicitAlsBlendWeight}, "
            + $"e={options.Ease.BlendWeight}, λ={options.Ease.Regularization}, p={options.Ease.Dropout}, α={options.Ease.LearnerWeightExponent}, ≥{options.Ease.MinimumLearners}, ≤{options.Ease.MaximumCourses}"
                + (options.Ease.TimeScaleDays > 0 ? $", time τ={options.Ease.TimeScaleDays} d m={options.Ease.TimeMix}" : "")
                + (options.Ease.RandomWalkShare > 0 ? $", ⊕ {options.Ease.RandomWalkShare} RP3beta α={options.Ease.RandomWalkExponent} β={options.Ease.RandomWalkPopularityExponent} k={options.Ease.RandomWalkNeighbours}" : "") + ")",
        _ => $"hybrid FFM (d={options.LatentDimension}, it={options.Iterations}, neg={options.NegativesPerPositive})",
    }
        + (options.PersonalRatingWeight > 0 ? $" + personal rating (β={options.PersonalRatingWeight}, {options.RatingPredictorMembers} SVD++ members)" : string.Empty)
        + (blend is null ? string.Empty : $" + new-learner blend (k={blend.Strength}, m={blend.StatedEvidence}, γ={blend.InterestWeight}, δ={blend.ContextWeight})")
        + (arrivalPopularity is null ? string.Empty : $", prior: {arrivalPopularity.Describe()}")
        + (dayparts is null || blend is null ? string.Empty : $", {dayparts.Describe()}");

    public void Fit(TrainingSet training)
    {
        _users = [.. Enumerable.Range(0, training.UserCount).Select(user => UserFeatures.None(Key(user)) with
        {
            InterestTags = [.. (training.UserFeatures?.GetValueOrDefault(user) ?? []).Select(tag => new WeightedFeature(tag, 1f))],
        })];
        _interactionCounts = new int[training.UserCount];
        foreach (var (user, _) in training.Interactions.Select(interaction => (interaction.User, interaction.Item)).Distinct())
        {
            _interactionCounts[user]++;
        }

        var trained = Trained.GetOrCreateValue(training.Interactions);
        lock (trained)
        {
            if (!trained.TryGetValue((options, weights), out _model))
            {
                _model = Train(training);
                trained[(options, weights)] = _model;
            }
        }

        if (dayparts is not null && blend is not null)
        {
            _model = dayparts.WithContext(_model, training.Interactions, Key);
        }

        _scores = new float[_model.Courses.Count];
        _training = training.Interactions;
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var model = _model ?? throw new InvalidOperationException("Fit the model first.");
        var userVector = new float[model.Dimension];
        model.WriteUserVector(_users[user], userVector);
        TopKRecommender.ScoreAll(model, userVector, _scores);
        if (blend is not null && arrivalPopularity is not null)
        {
            var popularity = arrivalPopularity.For(user, _training, model.Courses.Count);
            blend.Apply(model, _users[user], Context(user), _interactionCounts[user], _scores, NewLearnerBlend.StandardisedLogPopularity(popularity));
        }
        else
        {
            blend?.Apply(model, _users[user], Context(user), _interactionCounts[user], _scores);
        }

        for (var index = 0; index < candidates.Length; index++)
        {
            // Items were handed to the trainer in index order, so course row i is item i.
            scores[index] = _scores[candidates[index]];
        }
    }

    private RecommenderModel Train(TrainingSet training)
    {
        var interactions = training.Interactions
            .Select(interaction => new Interaction(
                Key(interaction.User),
                Key(interaction.Item),
                weights.Of(interaction.Rating),
                DateTimeOffset.FromUnixTimeSeconds(interaction.Timestamp)))
            .ToList();
        // Implicit data rates everything alike, which leaves every rating bias at 0.
        var ratings = training.Interactions.ToLookup(interaction => interaction.Item, interaction => (double)interaction.Rating);
        var items = Enumerable.Range(0, training.ItemCount)
            .Select(item => CourseFeatures.None(Key(item)) with
            {
                Tags = training.ItemFeatures?.GetValueOrDefault(item) ?? [],
                Ratings = ratings[item].Any() ? new CourseRatings(ratings[item].Count(), ratings[item].Average()) : CourseRatings.None,
            })
            .ToList();
        // The star ratings train the explicit-rating predictor, which only the personal rating part ranks with.
        IReadOnlyList<StarRating> stars = options.PersonalRatingWeight > 0
            ? [.. training.Interactions.Select(interaction => new StarRating(Key(interaction.User), Key(interaction.Item), interaction.Rating))]
            : [];
        return RecommenderTrainers.For(options, TimeProvider.System)
            .Train(
                new RecommenderTrainingSet(interactions, training.UserFeatures is null ? [] : _users, items) { Ratings = stars },
                version: 1,
                CancellationToken.None);
    }

    private ServingContext Context(int user) => dayparts?.For(user) ?? ServingContext.None;

    private static string Key(int index) => index.ToString(CultureInfo.InvariantCulture);
}
