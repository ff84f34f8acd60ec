using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Learning;

/// <summary>
/// How far one learner has got through one lesson. The percent only ever grows, so a late or replayed report from a
/// second device never takes a learner back; the position is wherever they stopped last.
/// </summary>
public sealed class LessonProgress : Entity
{
    public const int CompletePercent = 100;

    private LessonProgress()
    {
    }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid LessonId { get; private set; }

    public int Percent { get; private set; }

    public int PositionSeconds { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public static LessonProgress Start(Guid userId, Guid courseId, Guid lessonId, DateTimeOffset now) => new()
    {
        UserId = userId,
        CourseId = courseId,
        LessonId = lessonId,
        UpdatedAt = now,
    };

    /// <summary>Takes a report from the player; <paramref name="completed"/> marks the lesson done whatever the percent.</summary>
    public void Record(int percent, int positionSeconds, bool completed, DateTimeOffset now)
    {
        if (percent is < 0 or > CompletePercent)
        {
            throw LearningErrors.InvalidProgressPercent(percent);
        }

        if (positionSeconds < 0)
        {
            throw LearningErrors.InvalidProgressPosition(positionSeconds);
        }

        Percent = completed ? CompletePercent : Math.Max(Percent, percent);
        PositionSeconds = positionSeconds;
        UpdatedAt = now;
        if (Percent == CompletePercent)
        {
            CompletedAt ??= now;
        }
    }
}
