namespace KnowledgePay.Recommender.Features;

/// <summary>
/// One thing a user did with a course (view, purchase, lesson completed…), already turned into a positive weight by
/// the behaviour feature; several interactions of one pair add up.
/// </summary>
public readonly record struct Interaction(string UserKey, string CourseKey, float Weight, DateTimeOffset At);
