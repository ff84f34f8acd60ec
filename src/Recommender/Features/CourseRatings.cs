namespace KnowledgePay.Recommender.Features;

/// <summary>How learners rated a course: how many ratings and their mean (stars).</summary>
public sealed record CourseRatings(int Count, double Average)
{
    public static readonly CourseRatings None = new(0, 0);
}
