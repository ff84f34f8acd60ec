using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class RatingPriorTests
{
    private static readonly CourseFeatures[] Courses =
    [
        Rated("many-good", count: 90, average: 4.5),
        Rated("few-good", count: 2, average: 4.5),
        Rated("unrated", count: 0, average: 0),
        Rated("many-poor", count: 8, average: 2.0),
    ];

    [Fact]
    public void WellRatedCoursesRiseMoreTheMoreRatingsBackThemAndUnratedOnesStay()
    {
        var biases = RatingPrior.Biases(Courses, shrinkage: 10f);

        // The overall mean is (90 × 4.5 + 2 × 4.5 + 8 × 2) / 100 = 4.3.
        Assert.Equal(90 * (4.5f - 4.3f) / 100, biases[0], 4);
        Assert.Equal(2 * (4.5f - 4.3f) / 12, biases[1], 4);
        Assert.Equal(0f, biases[2]);
        Assert.Equal(8 * (2.0f - 4.3f) / 18, biases[3], 4);
        Assert.True(biases[0] > biases[1] && biases[1] > biases[2] && biases[2] > biases[3]);
    }

    [Fact]
    public void AddsTheWeightedBiasToTheBiasCoordinateOnly()
    {
        const int dimension = 3;
        var vectors = Enumerable.Range(0, Courses.Length * dimension).Select(value => (float)value).ToArray();
        var options = new TrainerOptions { RatingPriorWeight = 0.5f, RatingPriorShrinkage = 10f };

        RatingPrior.Apply(vectors, dimension, Courses, options);

        var biases = RatingPrior.Biases(Courses, 10f);
        for (var course = 0; course < Courses.Length; course++)
        {
            Assert.Equal(course * dimension, vectors[course * dimension]);
            Assert.Equal((course * dimension) + 1, vectors[(course * dimension) + 1]);
            Assert.Equal((course * dimension) + 2 + (0.5f * biases[course]), vectors[(course * dimension) + 2], 5);
        }
    }

    private static CourseFeatures Rated(string key, int count, double average) =>
        CourseFeatures.None(key) with { Ratings = new CourseRatings(count, average) };
}
