using System.Diagnostics;
using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.Training;

/// <summary>What the trainers that concatenate two models into one served vector share.</summary>
internal static class ConcatenatedParts
{
    /// <summary>
    /// <paramref name="first"/> with a second model's factors appended to every vector: course row
    /// <c>[(1 − s) v, s κ q_c, (1 − s) b]</c>, known user <c>[u, p_u, 0]</c>, feature token <c>[f, 0…]</c>, so the served score
    /// is <c>(1 − s) · first + s · κ · second</c> with κ the ratio of their root-mean-square scores over every user–course
    /// pair. <paramref name="users"/> are indexed as <paramref name="space"/>'s users, <paramref name="courses"/> as its courses.
    /// <paramref name="measured"/> false leaves the training AUC 0, for a part of a larger blend that measures the whole.
    /// </summary>
    public static RecommenderModel Appended(
        RecommenderModel first, LatentFactors users, LatentFactors courses, float share, RecommenderTrainingSet data, FeatureSpace space,
        DateTimeOffset trainedAt, int seed, int threads, bool measured, Stopwatch stopwatch)
    {
        using var phase = TrainingTelemetry.Phase(TrainingTelemetry.Assembly);
        var modelUsers = first.UserKeys.Select(key => space.UserIndex[key]).ToArray();
        var (firstUsers, firstCourses) = LatentFactorsOf(first);
        var scale = ScoreScale(firstUsers, firstCourses, Rows(users, modelUsers), courses);
        var latent = first.Dimension - 1;
        var appended = courses.Dimension;
        var dimension = latent + appended + 1;

        // Every coordinate is written below, so the arrays (hundreds of megabytes with an exact EASE part) are not
        // zeroed first, and the rows are written on every core.
        var courseVectors = GC.AllocateUninitializedArray<float>(first.Courses.Count * dimension);
        Parallel.For(0, first.Courses.Count, course =>
        {
            var row = courseVectors.AsSpan(course * dimension, dimension);
            TensorPrimitives.Multiply(first.LatentPart(course), 1f - share, row[..latent]);
            TensorPrimitives.Multiply(courses.Row(course), share * scale, row.Slice(latent, appended));
            row[^1] = (1f - share) * first.CourseVector(course)[^1];
        });

        var userIdVectors = GC.AllocateUninitializedArray<float>(modelUsers.Length * dimension);
        Parallel.For(0, modelUsers.Length, user =>
        {
            var row = userIdVectors.AsSpan(user * dimension, dimension);
            first.UserIdVectors.Slice(user * first.Dimension, latent).CopyTo(row);
            users.Row(modelUsers[user]).CopyTo(row[latent..]);
            row[^1] = 0f;
        });

        var featureVectors = new float[first.FeatureTokens.Count * dimension];
        for (var token = 0; token < first.FeatureTokens.Count; token++)
        {
            first.FeatureVectors.Slice(token * first.Dimension, latent).CopyTo(featureVectors.AsSpan(token * dimension));
        }

        var unmeasured = new RecommenderModel(
            first.Version, trainedAt, first.Metrics with { TrainingAuc = 0 }, dimension, first.Courses, courseVectors, first.Popularity.ToArray(),
            first.UserKeys, userIdVectors, first.FeatureTokens, featureVectors);
        if (!measured)
        {
            return unmeasured;
        }

        var taken = new TakenCourses(TrainingExamples.Positives(data.Interactions, space), space.Users.Count);
        return TrainingAuc.Measured(unmeasured, space, taken, seed, threads, stopwatch);
    }

    /// <summary>
    /// A served model's known users' id vectors and its course rows as factors, read in place. The bias coordinate comes
    /// along on both sides, where it adds nothing to a score: a user's id vector is 0 there (serving sets it to 1).
    /// </summary>
    private static (LatentFactors Users, LatentFactors Courses) LatentFactorsOf(RecommenderModel model) =>
        (new LatentFactors(model.UserKeys.Count, model.Dimension, model.Rows.UserIds),
            new LatentFactors(model.Courses.Count, model.Dimension, model.Rows.Courses));

    /// <summary><paramref name="factors"/>' <paramref name="rows"/> in that order (the factors themselves when that is all of them in order).</summary>
    private static LatentFactors Rows(LatentFactors factors, int[] rows)
    {
        if (rows.Length == factors.Count && rows.Index().All(row => row.Item == row.Index))
        {
            return factors;
        }

        var selected = new LatentFactors(rows.Length, factors.Dimension);
        for (var row = 0; row < rows.Length; row++)
        {
            factors.Row(rows[row]).CopyTo(selected.Row(row));
        }

        return selected;
    }

    /// <summary>κ: root-mean-square score of the first pair of factors over that of the second, both over every user–course pair.</summary>
    private static float ScoreScale(LatentFactors users, LatentFactors courses, LatentFactors otherUsers, LatentFactors otherCourses)
    {
        var otherSquares = otherUsers.SumOfSquaredScores(otherCourses);
        return otherSquares > 0 ? (float)Math.Sqrt(users.SumOfSquaredScores(courses) / otherSquares) : 0f;
    }
}
