using KnowledgePay.Application.Recommendations;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Tests.Shared.Recommender;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

public sealed class RecommenderTrainingTests
{
    [Fact]
    public async Task EachRunTrainsSavesAndServesTheNextVersion()
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var (training, holder, store) = Training(new InMemoryTrainingData(data.TrainingSet));

        var first = await training.RunAsync("test", CancellationToken.None);
        var second = await training.RunAsync("test", CancellationToken.None);

        Assert.Equal([1L, 2L], [first.Version, second.Version]);
        Assert.Same(second, holder.Current);
        Assert.Equal(2, (await store.LoadLatestAsync(CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task NewInteractionsChangeTheNextModelsRecommendations()
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var source = new InMemoryTrainingData(data.TrainingSet);
        var (training, _, _) = Training(source);
        var newcomer = UserFeatures.None("newcomer");
        var request = new RecommendationRequest(newcomer, 5, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 5);
        var before = TopKRecommender.Recommend(await training.RunAsync("test", CancellationToken.None), request);

        // The newcomer binges on topic 3; afterwards topic 3 should lead their list.
        source.Current = data.TrainingSet with
        {
            Interactions = [.. data.Interactions, .. Enumerable.Range(0, 4).Select(rank => new Interaction(
                "newcomer", PlantedPreferences.CourseKey(rank * PlantedPreferences.Topics + 3), 1f, DateTimeOffset.UnixEpoch))],
        };
        var model = await training.RunAsync("test", CancellationToken.None);
        var after = TopKRecommender.Recommend(model, request with
        {
            OwnedCourses = Enumerable.Range(0, 4).Select(rank => PlantedPreferences.CourseKey(rank * PlantedPreferences.Topics + 3)).ToHashSet(),
        });

        Assert.NotEqual(before.Select(pick => pick.CourseKey), after.Select(pick => pick.CourseKey));
        Assert.Equal(PlantedPreferences.Topic(3), model.Courses[model.CourseIndexOf(after[0].CourseKey)!.Value].Category);
        Assert.Equal(RecommendationReasonKind.BecauseYouTook, after[0].Reason.Kind);
    }

    [Fact]
    public async Task ARunWithEnoughStarRatingsServesAndStoresTheRatingPredictor()
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var ratings = data.Interactions.Take(40).Select((i, n) => new StarRating(i.UserKey, i.CourseKey, 1 + (n % 5))).ToList();
        var trainer = RecommenderTrainers.For(TestModels.Options with { MinimumRatings = 40 }, TimeProvider.System);
        var (training, holder, store) = Training(new InMemoryTrainingData(data.TrainingSet with { Ratings = ratings }), trainer);
        var (user, course) = (ratings[0].UserKey, ratings[0].CourseKey);

        var model = await training.RunAsync("test", CancellationToken.None);
        var stored = await store.LoadLatestAsync(CancellationToken.None);

        Assert.Same(model, holder.Current);
        Assert.NotNull(model.Ratings?.Predict(user, course));
        Assert.Equal(model.Ratings!.Predict(user, course), stored!.Ratings?.Predict(user, course));
    }

    [Fact]
    public async Task ARunAveragesAsManyRatingPredictorMembersAsConfigured()
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var ratings = data.Interactions.Take(40).Select((i, n) => new StarRating(i.UserKey, i.CourseKey, 1 + (n % 5))).ToList();
        var single = RecommenderTrainers.For(TestModels.Options with { MinimumRatings = 40, RatingPredictorMembers = 1 }, TimeProvider.System);
        var three = RecommenderTrainers.For(TestModels.Options with { MinimumRatings = 40, RatingPredictorMembers = 3 }, TimeProvider.System);
        var trainingData = new InMemoryTrainingData(data.TrainingSet with { Ratings = ratings });

        var singleModel = await Training(trainingData, single).Training.RunAsync("test", CancellationToken.None);
        var (training, _, store) = Training(trainingData, three);
        var averaged = await training.RunAsync("test", CancellationToken.None);
        var stored = await store.LoadLatestAsync(CancellationToken.None);

        Assert.Equal(RatingPredictor.DefaultOptions.Factors, singleModel.Ratings!.Model.Parameters.Factors);
        Assert.Equal(3 * RatingPredictor.DefaultOptions.Factors, averaged.Ratings!.Model.Parameters.Factors);
        Assert.Equal(3 * RatingPredictor.DefaultOptions.Factors, stored!.Ratings!.Model.Parameters.Factors);
    }

    [Fact]
    public async Task ARunWithTooFewStarRatingsServesNoRatingPredictor()
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var ratings = data.Interactions.Take(3).Select(i => new StarRating(i.UserKey, i.CourseKey, 4)).ToList();
        var trainer = RecommenderTrainers.For(TestModels.Options with { MinimumRatings = 4 }, TimeProvider.System);
        var (training, _, store) = Training(new InMemoryTrainingData(data.TrainingSet with { Ratings = ratings }), trainer);

        var model = await training.RunAsync("test", CancellationToken.None);

        Assert.Null(model.Ratings);
        Assert.Null((await store.LoadLatestAsync(CancellationToken.None))!.Ratings);
    }

    [Fact]
    public async Task EachRunAlsoTrainsSavesAndHoldsAModelPerAlgorithmAnArmNamesBesideTheServedOne()
    {
        var data = new PlantedPreferences(users: 60, courses: 30);
        var arms = new ArmModelHolder(RecommenderAlgorithm.FieldAwareFactorizationMachine);
        var underTest = new FixedAlgorithmsUnderTest(RecommenderAlgorithm.Warp, RecommenderAlgorithm.FieldAwareFactorizationMachine);
        var (training, holder, store) = Training(new InMemoryTrainingData(data.TrainingSet), arms: arms, underTest: underTest);
        var newcomer = new RecommendationRequest(UserFeatures.None("newcomer"), 5, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 5);

        var first = await training.RunAsync("test", CancellationToken.None);
        var second = await training.RunAsync("test", CancellationToken.None);
        var follower = new ArmModelHolder(RecommenderAlgorithm.FieldAwareFactorizationMachine);
        await ArmTraining(store, follower, underTest).LoadPublishedAsync(CancellationToken.None);

        Assert.Equal([1L, 3L], [first.Version, second.Version]);
        Assert.Same(second, holder.Current);
        Assert.Equal(4, arms.For(RecommenderAlgorithm.Warp)!.Version);
        Assert.Null(arms.For(RecommenderAlgorithm.WarpWithImplicitAls));
        Assert.Equal(new Dictionary<RecommenderAlgorithm, long> { [RecommenderAlgorithm.Warp] = 4 }, await store.LatestArmVersionsAsync(CancellationToken.None));
        Assert.Equal(3, (await store.LoadLatestAsync(CancellationToken.None))!.Version);
        Assert.Equal(4, follower.For(RecommenderAlgorithm.Warp)!.Version);
        Assert.NotEqual(
            TopKRecommender.Recommend(second, newcomer).Select(pick => pick.Score),
            TopKRecommender.Recommend(arms.For(RecommenderAlgorithm.Warp)!, newcomer).Select(pick => pick.Score));
    }

    private static ArmModelTraining ArmTraining(IRecommenderModelStore store, ArmModelHolder arms, IRecommenderAlgorithmsUnderTest underTest) => new(
        new ServiceCollection().AddSingleton(underTest).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
        new AlgorithmTrainers(TestModels.Options, TimeProvider.System),
        store,
        arms,
        NullLogger<ArmModelTraining>.Instance);

    private static (RecommenderTraining Training, RecommenderModelHolder Holder, SerialisedModelStore Store) Training(
        IRecommenderTrainingData data, IRecommenderTrainer? trainer = null, ArmModelHolder? arms = null, IRecommenderAlgorithmsUnderTest? underTest = null)
    {
        var services = new ServiceCollection().AddSingleton(data).BuildServiceProvider();
        var holder = new RecommenderModelHolder();
        var store = new SerialisedModelStore();
        var training = new RecommenderTraining(
            services.GetRequiredService<IServiceScopeFactory>(),
            trainer ?? TestModels.Trainer(),
            store,
            holder,
            ArmTraining(store, arms ?? new ArmModelHolder(RecommenderAlgorithm.FieldAwareFactorizationMachine), underTest ?? new FixedAlgorithmsUnderTest()),
            NullLogger<RecommenderTraining>.Instance);
        return (training, holder, store);
    }

    private sealed class FixedAlgorithmsUnderTest(params RecommenderAlgorithm[] algorithms) : IRecommenderAlgorithmsUnderTest
    {
        public Task<IReadOnlySet<RecommenderAlgorithm>> AlgorithmsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<RecommenderAlgorithm>>(algorithms.ToHashSet());
    }
}
