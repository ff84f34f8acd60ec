using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Application.Recommendations.Serving;

/// <summary>
/// Exact top-k lists from one model snapshot: every course in the catalogue is scored with one dot product over the
/// contiguous course matrix, then <see cref="DiverseTopK"/> picks the list and each pick gets its reason.
/// </summary>
public static class TopKRecommender
{
    /// <summary>The courses the model ranks highest for the user (a new user is scored from their features alone).</summary>
    public static IReadOnlyList<Recommendation> Recommend(RecommenderModel model, RecommendationRequest request)
    {
        var blend = FreshBehaviourBlend.For(model, request);
        var userVector = blend.UserVector;
        var scores = ArrayPool<float>.Shared.Rent(model.Courses.Count);
        try
        {
            var courseScores = scores.AsSpan(0, model.Courses.Count);
            ScoreAll(model, userVector, courseScores);
            var picks = Select(model, courseScores, request);
            var explainer = new ReasonExplainer(model, request.User, request.OwnedCourses, blend);
            return picks.Select(course => new Recommendation(
                model.Courses[course].CourseKey, scores[course], explainer.Explain(course))).ToList();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>The most taken courses, for callers the model cannot personalise (anonymous, consent withdrawn).</summary>
    public static IReadOnlyList<Recommendation> Popular(RecommenderModel model, RecommendationRequest request)
    {
        return Select(model, model.Popularity, request)
            .Select(course => new Recommendation(
                model.Courses[course].CourseKey, model.Popularity[course], ReasonExplainer.PopularIn(model.Courses[course])))
            .ToList();
    }

    /// <summary>
    /// Courses whose vectors point the same way as <paramref name="courseKey"/>'s (cosine similarity); empty when the
    /// model does not know the course.
    /// </summary>
    public static IReadOnlyList<Recommendation> Similar(RecommenderModel model, string courseKey, RecommendationRequest request)
    {
        if (model.CourseIndexOf(courseKey) is not { } target)
        {
            return [];
        }

        var similarities = CosineToAll(model, target);
        var excludingTarget = request with { ExcludedCourses = new HashSet<string>(request.ExcludedCourses) { courseKey } };
        var reason = new RecommendationReason(RecommendationReasonKind.SimilarTo, courseKey);
        return Select(model, similarities, excludingTarget)
            .Select(course => new Recommendation(model.Courses[course].CourseKey, similarities[course], reason))
            .ToList();
    }

    /// <summary>
    /// One dot product per course row: <c>scores[i] = user · course_i</c>. The user vector is loaded into registers
    /// once and each row costs a few fused multiply-adds and one horizontal sum, cheaper than a
    /// <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> call per short row
    /// (docs/benchmarks.md).
    /// </summary>
    public static void ScoreAll(RecommenderModel model, ReadOnlySpan<float> userVector, Span<float> scores)
    {
        var matrix = model.CourseVectors;
        var dimension = model.Dimension;
        var chunks = dimension / Vector256<float>.Count;
        if (!Vector256.IsHardwareAccelerated || chunks == 0)
        {
            for (var course = 0; course < scores.Length; course++)
            {
                scores[course] = TensorPrimitives.Dot(userVector, matrix.Slice(course * dimension, dimension));
            }

            return;
        }

        Span<Vector256<float>> user = stackalloc Vector256<float>[chunks];
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            user[chunk] = Vector256.Create(userVector.Slice(chunk * Vector256<float>.Count, Vector256<float>.Count));
        }

        var tail = chunks * Vector256<float>.Count;
        ref var start = ref MemoryMarshal.GetReference(matrix);
        for (var course = 0; course < scores.Length; course++)
        {
            var offset = (nuint)(course * dimension);
            var sum = Vector256<float>.Zero;
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                sum = Vector256.FusedMultiplyAdd(user[chunk], Vector256.LoadUnsafe(ref start, offset + (nuint)(chunk * Vector256<float>.Count)), sum);
            }

            var score = Vector256.Sum(sum);
            for (var index = tail; index < dimension; index++)
            {
                score += userVector[index] * Unsafe.Add(ref start, offset + (nuint)index);
            }

            scores[course] = score;
        }
    }

    internal static float[] CosineToAll(RecommenderModel model, int target)
    {
        var targetVector = model.LatentPart(target);
        var scale = model.InverseNorm(target);
        var similarities = new float[model.Courses.Count];
        for (var course = 0; course < similarities.Length; course++)
        {
            similarities[course] = TensorPrimitives.Dot(targetVector, model.LatentPart(course)) * scale * model.InverseNorm(course);
        }

        return similarities;
    }

    private static List<int> Select(RecommenderModel model, ReadOnlySpan<float> scores, RecommendationRequest request) =>
        DiverseTopK.Select(
            scores,
            request.Count,
            request.MaxPerCategory,
            course => model.Courses[course].Category,
            course => request.Admits(model.Courses[course]));
}
