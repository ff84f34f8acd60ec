using System.Globalization;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommendations;

/// <summary>Seeded synthetic catalogues and behaviour at benchmark scale.</summary>
internal static class SyntheticCatalogue
{
    public const int Categories = 50;
    public const int Tags = 400;

    /// <summary>The product's serving vector length for the default latent dimension 8: four blocks and a bias.</summary>
    public const int Dimension = 4 * 8 + 1;

    public static CourseFeatures Course(int course) => new(
        $"c{course}",
        [$"t{course % Tags}", $"t{(course * 7) % Tags}"],
        $"k{course % Categories}",
        $"creator{course % 1000}",
        ["video"],
        $"p{course % 5}",
        null);

    /// <summary>A served model with random vectors, as training would leave it, without the cost of training.</summary>
    public static RecommenderModel Model(int courses, int seed = 42)
    {
        var random = new Random(seed);
        var vectors = new float[courses * Dimension];
        for (var index = 0; index < vectors.Length; index++)
        {
            vectors[index] = (float)(random.NextDouble() - 0.5);
        }

        var user = new float[Dimension];
        for (var index = 0; index < Dimension; index++)
        {
            user[index] = (float)(random.NextDouble() - 0.5);
        }

        return new RecommenderModel(
            version: 1,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, 1, courses, 0, 0),
            Dimension,
            Enumerable.Range(0, courses).Select(Course).ToArray(),
            vectors,
            Enumerable.Range(0, courses).Select(course => (float)random.Next(1000)).ToArray(),
            ["reader"],
            user,
            [],
            []);
    }

    /// <summary>
    /// <paramref name="count"/> interactions of count/25 users over <paramref name="courses"/> courses: each user sticks
    /// to a few categories and favours the popular courses in them. A share <paramref name="ratedShare"/> of the pairs a
    /// user took (drawn at random; 1 = every pair) is also rated, one to five stars, better in the user's own category.
    /// </summary>
    public static RecommenderTrainingSet Behaviour(int count, int courses, int seed = 42, double ratedShare = 0)
    {
        var random = new Random(seed);
        var users = Math.Max(1, count / 25);
        var interactions = new Interaction[count];
        for (var index = 0; index < count; index++)
        {
            var user = index % users;
            var category = (user + random.Next(3)) % Categories;
            var rank = (int)(Math.Pow(random.NextDouble(), 2) * (courses / Categories));
            interactions[index] = new Interaction($"u{user}", $"c{rank * Categories + category}", 1f, DateTimeOffset.UnixEpoch);
        }

        var profiles = Enumerable.Range(0, users)
            .Select(user => UserFeatures.None($"u{user}") with { CategoryAffinities = [new WeightedFeature($"k{user % Categories}", 1f)] })
            .ToArray();
        var ratings = ratedShare > 0
            ? interactions.Select((interaction, index) => (interaction.UserKey, interaction.CourseKey, Home: index % users % Categories))
                .DistinctBy(pair => (pair.UserKey, pair.CourseKey))
                .Where(_ => ratedShare >= 1 || random.NextDouble() < ratedShare)
                .Select(pair => new StarRating(
                    pair.UserKey,
                    pair.CourseKey,
                    Math.Clamp(3 + random.Next(-1, 2) + (int.Parse(pair.CourseKey.AsSpan(1), CultureInfo.InvariantCulture) % Categories == pair.Home ? 1 : 0), 1, 5)))
                .ToArray()
            : [];
        return new RecommenderTrainingSet(interactions, profiles, Enumerable.Range(0, courses).Select(Course).ToArray()) { Ratings = ratings };
    }
}
