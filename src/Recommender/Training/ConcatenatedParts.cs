using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.Training;

/// <summary>What the trainers that concatenate two models into one served vector share.</summary>
internal static class ConcatenatedParts
{
    /// <summary>A served model's known users' id vectors and its courses' latent parts (bias left out) as factors.</summary>
    public static (LatentFactors Users, LatentFactors Courses) LatentFactorsOf(RecommenderModel model)
    {
        var latent = model.Dimension - 1;
        var users = new LatentFactors(model.UserKeys.Count, latent);
        for (var user = 0; user < users.Count; user++)
        {
            model.UserIdVectors.Slice(user * model.Dimension, latent).CopyTo(users.Row(user));
        }

        var courses = new LatentFactors(model.Courses.Count, latent);
        for (var course = 0; course < courses.Count; course++)
        {
            model.LatentPart(course).CopyTo(courses.Row(course));
        }

        return (users, courses);
    }

    /// <summary>The rows of <paramref name="factors"/> in the order of <paramref name="rows"/>.</summary>
    public static LatentFactors Rows(LatentFactors factors, int[] rows)
    {
        var selected = new LatentFactors(rows.Length, factors.Dimension);
        for (var row = 0; row < rows.Length; row++)
        {
            factors.Row(rows[row]).CopyTo(selected.Row(row));
        }

        return selected;
    }

    /// <summary>κ: root-mean-square score of the first pair of factors over that of the second, both over every user–course pair.</summary>
    public static float ScoreScale(LatentFactors users, LatentFactors courses, LatentFactors otherUsers, LatentFactors otherCourses)
    {
        var otherSquares = otherUsers.SumOfSquaredScores(otherCourses);
        return otherSquares > 0 ? (float)Math.Sqrt(users.SumOfSquaredScores(courses) / otherSquares) : 0f;
    }

    /// <summary>The model <paramref name="build"/> makes, with the run's training time and its AUC on sampled pairs.</summary>
    public static RecommenderModel Measured(
        Func<RecommenderMetrics, RecommenderModel> build, RecommenderMetrics metrics, RecommenderTrainingSet data, FeatureSpace space, int seed, Stopwatch stopwatch)
    {
        var unmeasured = build(metrics);
        var sampled = TrainingExamples.Build(data.Interactions, space, negatives: 1, popularityExponent: 0f, new Random(seed));
        return build(metrics with
        {
            TrainingSeconds = stopwatch.Elapsed.TotalSeconds,
            TrainingAuc = TrainingAuc.Of(unmeasured, space, sampled),
        });
    }
}
