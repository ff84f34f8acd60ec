using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// One dot product per course row: <c>scores[i] = user · course_(first + i)</c>. The user vector is loaded into
/// registers once and each row costs a few fused multiply-adds and one horizontal sum, cheaper than a
/// <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> call per short row
/// (docs/benchmarks.md). Every score of a model is computed here, so a course scores the same whichever pass asks.
/// </summary>
internal static class CourseRowScorer
{

    /// <summary>One course's score, exactly as <see cref="ScoreRows"/> computes it among its neighbours.</summary>
    public static float Score(RecommenderModel model, ReadOnlySpan<float> userVector, int course)
    {
        Span<float> score = stackalloc float[1];
        ScoreRows(model, userVector, course, score);
        return score[0];
    }

    /// <summary>Each course's exact score in place of the one it had.</summary>
    public static void Rescore(RecommenderModel model, ReadOnlySpan<float> userVector, Span<ScoredCourse> courses)
    {
        foreach (ref var course in courses)
        {
            course = course with { Score = Score(model, userVector, course.Course) };
        }
    }

    public static void ScoreRows(RecommenderModel model, ReadOnlySpan<float> userVector, int firstCourse, Span<float> scores)
    {
        var dimension = model.Dimension;
        var matrix = model.CourseVectors.Slice(firstCourse * dimension, scores.Length * dimension);
        var chunks = dimension / Vector256<float>.Count;
        if (!Vector256.IsHardwareAccelerated || chunks == 0)
        {
            for (var row = 0; row < scores.Length; row++)
            {
                scores[row] = TensorPrimitives.Dot(userVector, matrix.Slice(row * dimension, dimension));
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
        for (var row = 0; row < scores.Length; row++)
        {
            var offset = (nuint)(row * dimension);
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

            scores[row] = score;
        }
    }
}
