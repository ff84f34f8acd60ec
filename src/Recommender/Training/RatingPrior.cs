using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Behaviour says what a learner will take; star ratings say whether learners liked it. Each course's served bias gets
/// <see cref="TrainerOptions.RatingPriorWeight"/> × its rating bias: the mean of its ratings minus the mean of all
/// ratings, shrunk towards 0 by <see cref="TrainerOptions.RatingPriorShrinkage"/> pseudo-ratings, so a course with
/// few ratings moves little and an unrated course not at all (docs/benchmarks.md has the measured effect).
/// </summary>
internal static class RatingPrior
{
    /// <summary>Adds the weighted rating bias of course i to the last coordinate (the bias) of row i.</summary>
    public static void Apply(float[] courseVectors, int dimension, IReadOnlyList<CourseFeatures> courses, TrainerOptions options)
    {
        var biases = Biases(courses, options.RatingPriorShrinkage);
        for (var course = 0; course < courses.Count; course++)
        {
            courseVectors[(course * dimension) + dimension - 1] += options.RatingPriorWeight * biases[course];
        }
    }

    public static float[] Biases(IReadOnlyList<CourseFeatures> courses, float shrinkage)
    {
        var ratingCount = courses.Sum(course => (double)course.Ratings.Count);
        var mean = ratingCount == 0 ? 0 : courses.Sum(course => course.Ratings.Count * course.Ratings.Average) / ratingCount;
        return courses
            .Select(course => (float)(course.Ratings.Count * (course.Ratings.Average - mean) / (course.Ratings.Count + shrinkage)))
            .ToArray();
    }
}
