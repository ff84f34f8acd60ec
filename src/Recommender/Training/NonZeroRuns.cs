using System.Numerics.Tensors;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Each course row's runs of coordinates that are not zero, so that a score sums only those: a blend with an exact EASE
/// part serves course rows of thousands of coordinates of which the EASE part holds one, and a dense score of such a
/// row would spend nearly all its time on zeros. Gaps shorter than <see cref="ShortestSkippedGap"/> stay inside a run,
/// where a vector instruction covers them faster than a new run would start.
/// </summary>
internal sealed class NonZeroRuns
{
    private const int ShortestSkippedGap = 32;

    /// <summary>Per course, its runs as (start, end) pairs, in order.</summary>
    private readonly int[][] _bounds;

    private NonZeroRuns(int[][] bounds) => _bounds = bounds;

    public static NonZeroRuns Of(RecommenderModel model)
    {
        var bounds = new int[model.Courses.Count][];
        Parallel.For(0, bounds.Length, course => bounds[course] = Runs(model.CourseVector(course)));
        return new NonZeroRuns(bounds);
    }

    /// <summary>The dot product of <paramref name="user"/> with the course's row, over its runs only.</summary>
    public float Score(ReadOnlySpan<float> user, RecommenderModel model, int course)
    {
        var row = model.CourseVector(course);
        var bounds = _bounds[course];
        var score = 0f;
        for (var run = 0; run < bounds.Length; run += 2)
        {
            score += TensorPrimitives.Dot(user[bounds[run]..bounds[run + 1]], row[bounds[run]..bounds[run + 1]]);
        }

        return score;
    }

    private static int[] Runs(ReadOnlySpan<float> row)
    {
        var bounds = new List<int>();
        var index = 0;
        while (index < row.Length)
        {
            var start = row[index..].IndexOfAnyExcept(0f);
            if (start < 0)
            {
                break;
            }

            start += index;
            var end = start + 1;
            while (end < row.Length)
            {
                var gap = row[end..].IndexOfAnyExcept(0f);
                if (gap < 0 || gap >= ShortestSkippedGap)
                {
                    break;
                }

                end += gap + 1;
            }

            bounds.Add(start);
            bounds.Add(end);
            index = end;
        }

        return [.. bounds];
    }
}
