using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Ratings;

namespace KnowledgePay.Recommender.UnitTests.Ratings;

public sealed class RatingPredictorTests
{
    [Fact]
    public void PredictsHigherForTheCourseSimilarUsersRatedFiveThanForTheOneTheyRatedOne()
    {
        // Five learners like the target rate "go" and "rust" 5 and "excel" 1; five others the opposite.
        var ratings = new List<StarRating>();
        for (var i = 0; i < 5; i++)
        {
            ratings.AddRange([new($"coder{i}", "go", 5), new($"coder{i}", "rust", 5), new($"coder{i}", "excel", 1)]);
            ratings.AddRange([new($"clerk{i}", "go", 1), new($"clerk{i}", "rust", 1), new($"clerk{i}", "excel", 5)]);
        }

        ratings.Add(new("target", "go", 5));

        var predictor = RatingPredictor.TrainWhenEnough(ratings, [], minimum: 20, RatingPredictor.DefaultOptions)!;

        Assert.True(predictor.Predict("target", "rust") > predictor.Predict("target", "excel") + 1f);
        Assert.InRange(predictor.Predict("target", "rust")!.Value, 1f, 5f);
    }

    [Fact]
    public void PredictsForALearnerWhoRatedNothingButViewedRatedCoursesLikeOneGroup()
    {
        // Coders also viewed "python", clerks "sheets"; both are rated once so they belong to the predictor's courses.
        var ratings = new List<StarRating> { new("critic", "python", 3), new("critic", "sheets", 3) };
        var views = new List<Interaction>();
        for (var i = 0; i < 5; i++)
        {
            ratings.AddRange([new($"coder{i}", "go", 5), new($"coder{i}", "rust", 5), new($"coder{i}", "excel", 1)]);
            ratings.AddRange([new($"clerk{i}", "go", 1), new($"clerk{i}", "rust", 1), new($"clerk{i}", "excel", 5)]);
            views.AddRange([View($"coder{i}", "python"), View($"clerk{i}", "sheets")]);
        }

        views.AddRange([View("viewer", "python"), View("viewer", "unrated")]);

        var predictor = RatingPredictor.TrainWhenEnough(ratings, views, minimum: 1, RatingPredictor.DefaultOptions)!;

        Assert.True(predictor.Predict("viewer", "rust") > predictor.Predict("viewer", "excel") + 0.5f);
        Assert.Null(predictor.Predict("stranger", "rust"));
        Assert.Null(predictor.Predict("viewer", "unrated"));
    }

    [Fact]
    public void FitsNothingBelowTheMinimumNumberOfRatings()
    {
        var ratings = new StarRating[] { new("ann", "go", 5), new("bob", "go", 4) };

        Assert.Null(RatingPredictor.TrainWhenEnough(ratings, [], minimum: 3, RatingPredictor.DefaultOptions));
    }

    [Fact]
    public void HasNoPredictionForAUserOrCourseWithoutRatings()
    {
        var ratings = new StarRating[] { new("ann", "go", 5), new("bob", "go", 4), new("bob", "rust", 2) };

        var predictor = RatingPredictor.TrainWhenEnough(ratings, [], minimum: 1, RatingPredictor.DefaultOptions)!;

        Assert.Null(predictor.Predict("carol", "go"));
        Assert.Null(predictor.Predict("ann", "excel"));
        Assert.NotNull(predictor.Predict("ann", "rust"));
    }

    [Fact]
    public void PredictsTheSameAfterItsParametersAreReadBack()
    {
        var ratings = new StarRating[] { new("ann", "go", 5), new("bob", "go", 4), new("bob", "rust", 2), new("ann", "rust", 3) };
        var predictor = RatingPredictor.TrainWhenEnough(ratings, [], minimum: 1, RatingPredictor.DefaultOptions)!;

        var copy = new RatingPredictor(predictor.UserKeys, predictor.CourseKeys, new BiasedMatrixFactorization(predictor.Model.Parameters));

        Assert.Equal(predictor.Predict("ann", "rust"), copy.Predict("ann", "rust"));
    }

    private static Interaction View(string user, string course) => new(user, course, 1f, DateTimeOffset.UnixEpoch);
}
