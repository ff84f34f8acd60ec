using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class TrainingAucTests
{
    [Fact]
    public void CountsEachUsersTakenCoursesScoredAboveTheirDrawnNegatives()
    {
        // Course k is [k, 0]; user a is [1, 1] and scores course k as k, user b is [−1, 1] and scores it as −k. a took the
        // top course (3), so it beats every negative; b took course 3 too, its lowest: it beats none. c took nothing.
        var model = Model(users: ["a", "b", "c"], userVectors: [1, 1, -1, 1, 0, 0], courseVectors: [0, 0, 1, 0, 2, 0, 3, 0]);
        var taken = Taken(users: 3, (0, 3), (1, 3));

        Assert.Equal(1.0 / 2, TrainingAuc.Of(model, Space(model), taken, seed: 7, threads: 2), 12);
    }

    [Fact]
    public void ATieIsNotAnOrderedPair()
    {
        var model = Model(users: ["a"], userVectors: [0, 1], courseVectors: [0, 0, 1, 0, 2, 0, 3, 0]);

        Assert.Equal(0, TrainingAuc.Of(model, Space(model), Taken(users: 1, (0, 1)), seed: 7, threads: 1));
    }

    [Fact]
    public void NegativesAreUntakenCoursesOnePerTakenCourseAndFollowTheSeed()
    {
        var taken = Taken(users: 3, (0, 1), (0, 5), (0, 6), (1, 2));
        var negatives = TrainingAuc.Negatives(taken, user: 0, courses: 8, seed: 3);

        Assert.Equal(3, negatives.Length);
        Assert.All(negatives, course => Assert.True(course is >= 0 and < 8 && !taken.Contains(0, course)));
        Assert.Equal(negatives, TrainingAuc.Negatives(taken, user: 0, courses: 8, seed: 3));
        Assert.Empty(TrainingAuc.Negatives(taken, user: 2, courses: 8, seed: 3));
        Assert.Empty(TrainingAuc.Negatives(Taken(users: 1, (0, 0), (0, 1)), user: 0, courses: 2, seed: 3));
        Assert.NotEqual(1, Enumerable.Range(0, 20).Select(seed => TrainingAuc.Negatives(taken, 0, 8, seed)[0]).Distinct().Count());
    }

    [Fact]
    public void EqualsTheShareCountedPairByPairOverDenseScoresForSparseCourseRowsOnAnyNumberOfThreads()
    {
        // The served user vector ends in 1 (the course's bias). Integer coordinates keep every sum exact, so skipping zeros may not move a single comparison. Course rows mix
        // a dense head, long runs of zeros and lone values (the shape of a blend with an exact EASE part).
        var random = new Random(11);
        const int Users = 30;
        const int Courses = 60;
        const int Dimension = 150;
        var courseVectors = new float[Courses * Dimension];
        for (var course = 0; course < Courses; course++)
        {
            for (var coordinate = 0; coordinate < Dimension; coordinate++)
            {
                var dense = coordinate < 10 || coordinate == 40 + course || coordinate == Dimension - 1;
                courseVectors[(course * Dimension) + coordinate] = dense ? random.Next(-4, 5) : 0;
            }
        }

        var userVectors = Enumerable.Range(0, Users * Dimension).Select(_ => (float)random.Next(-3, 4)).ToArray();
        var model = Model([.. Enumerable.Range(0, Users).Select(user => $"u{user}")], userVectors, courseVectors);
        var taken = Taken(Users, [.. Enumerable.Range(0, Users).SelectMany(user =>
            Enumerable.Range(0, Courses).Where(_ => random.Next(4) == 0).Select(course => (user, course)))]);

        var (correct, pairs) = (0L, 0L);
        for (var user = 0; user < Users; user++)
        {
            var vector = new float[Dimension];
            model.WriteUserVector(UserFeatures.None($"u{user}"), vector);
            var negatives = TrainingAuc.Negatives(taken, user, Courses, seed: 5);
            foreach (var course in taken.Of(user))
            {
                var score = TensorPrimitives.Dot(vector, model.CourseVector(course));
                correct += negatives.Count(negative => TensorPrimitives.Dot(vector, model.CourseVector(negative)) < score);
                pairs += negatives.Length;
            }
        }

        Assert.All([1, 2, 4], threads => Assert.Equal((double)correct / pairs, TrainingAuc.Of(model, Space(model), taken, seed: 5, threads), 12));
    }

    private static RecommenderModel Model(string[] users, float[] userVectors, float[] courseVectors)
    {
        var dimension = userVectors.Length / users.Length;
        var courses = Enumerable.Range(0, courseVectors.Length / dimension).Select(course => CourseFeatures.None($"c{course}")).ToArray();
        return new RecommenderModel(
            1, DateTimeOffset.UnixEpoch, new RecommenderMetrics(0, users.Length, courses.Length, 0, 0), dimension, courses, courseVectors,
            new float[courses.Length], users, userVectors, [], []);
    }

    private static FeatureSpace Space(RecommenderModel model) =>
        FeatureSpace.Of(new RecommenderTrainingSet([], [.. model.UserKeys.Select(UserFeatures.None)], [.. model.Courses]));

    private static TakenCourses Taken(int users, params (int User, int Course)[] pairs) =>
        new([.. pairs.Select(pair => new TrainingExample(pair.User, pair.Course, true, 1f))], users);
}
