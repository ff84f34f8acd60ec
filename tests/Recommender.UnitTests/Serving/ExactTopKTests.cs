using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

/// <summary>
/// The serving path scores and selects in one pass over the catalogue; these tests hold it to the plain definition
/// of the list: score every course, drop what the request does not admit, sort (higher score first, ties by catalogue
/// order) and apply the category cap greedily, filling up with capped courses when the rest runs out. Vectors and
/// popularity are small integers, so equal scores are common and exact.
/// </summary>
public sealed class ExactTopKTests
{
    private const string Reader = "reader";
    private const int Tags = 10;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RecommendsWhatSortingEveryScoreGivesWhenScoresTieAndCoursesAreExcluded(int seed)
    {
        var random = new Random(seed);
        var model = RandomModel(random);
        var request = RandomRequest(random, model);

        var picks = TopKRecommender.Recommend(model, request);

        var blend = FreshBehaviourBlend.For(model, request);
        var scores = new float[model.Courses.Count];
        TopKRecommender.ScoreAll(model, blend.UserVector, scores);
        var explainer = new ReasonExplainer(model, request.User, request.OwnedCourses, blend);
        var expected = SortedAndCapped(model, scores, request)
            .Select(course => new Recommendation(model.Courses[course].CourseKey, scores[course], explainer.Explain(course)));
        Assert.Equal(expected, picks);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PopularIsWhatSortingEveryPopularityGivesWhenPopularityTiesAndCoursesAreExcluded(int seed)
    {
        var random = new Random(seed);
        var model = RandomModel(random);
        var request = RandomRequest(random, model);

        var picks = TopKRecommender.Popular(model, request);

        var popularity = model.Popularity.ToArray();
        var expected = SortedAndCapped(model, popularity, request)
            .Select(course => (model.Courses[course].CourseKey, popularity[course]));
        Assert.Equal(expected, picks.Select(pick => (pick.CourseKey, pick.Score)));
    }

    private static List<int> SortedAndCapped(RecommenderModel model, float[] scores, RecommendationRequest request)
    {
        var ranked = Enumerable.Range(0, scores.Length)
            .Where(course => request.Admits(model.Courses[course]))
            .OrderByDescending(course => scores[course])
            .ThenBy(course => course);
        var picked = new List<int>();
        var capped = new List<int>();
        foreach (var course in ranked)
        {
            var category = model.Courses[course].Category;
            var sameCategory = picked.Count(pick => category is not null && model.Courses[pick].Category == category);
            (sameCategory < request.MaxPerCategory ? picked : capped).Add(course);
        }

        return [.. picked.Concat(capped).Take(request.Count)];
    }

    /// <summary>Catalogues of up to 1,200 courses, so the scoring pass crosses several blocks.</summary>
    private static RecommenderModel RandomModel(Random random)
    {
        var dimension = random.GetItems([3, 9, 17, 33], 1)[0];
        var courses = Enumerable.Range(0, random.Next(1, 1200))
            .Select(course => CourseFeatures.None($"c{course}") with
            {
                Category = random.Next(6) is var category and > 0 ? $"k{category}" : null,
                Tags = [$"t{random.Next(Tags)}"],
            })
            .ToArray();
        var tagTokens = Enumerable.Range(0, Tags).Select(tag => FeatureToken.Of(FeatureToken.Tag, $"t{tag}")).ToArray();
        return new RecommenderModel(
            1,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, 0, courses.Length, 0, 0),
            dimension,
            courses,
            SmallIntegers(random, courses.Length * dimension),
            SmallIntegers(random, courses.Length),
            [Reader],
            SmallIntegers(random, dimension),
            tagTokens,
            SmallIntegers(random, Tags * dimension));
    }

    private static RecommendationRequest RandomRequest(Random random, RecommenderModel model)
    {
        var keys = model.Courses.Select(course => course.CourseKey).ToArray();
        var user = UserFeatures.None(Reader) with
        {
            InterestTags = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new WeightedFeature($"t{random.Next(Tags)}", 1f))],
        };
        return new RecommendationRequest(
            user,
            Count: random.Next(1, 40),
            OwnedCourses: random.GetItems(keys, random.Next(keys.Length / 10 + 1)).ToHashSet(),
            ExcludedCourses: random.GetItems(keys, random.Next(keys.Length / 10 + 1)).ToHashSet(),
            MaxPerCategory: random.Next(1, 6),
            IsEligible: random.Next(3) == 0 ? course => course.Category != "k1" : null)
        {
            FreshCourses = [.. random.GetItems(keys, random.Next(3)).Select(key => new WeightedFeature(key, 1f))],
        };
    }

    private static float[] SmallIntegers(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => (float)random.Next(-2, 3))];
}
