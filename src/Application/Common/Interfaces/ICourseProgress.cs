namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>How much of a course a learner has used, for rules such as the refund policy.</summary>
public interface ICourseProgress
{
    /// <summary>
    /// The share of the course's lessons, from 0 to 100, that the learner has completed or opened (read the body of, or
    /// followed the media link of, a paid lesson: <see cref="Domain.Learning.LessonOpening"/>), each lesson counted once.
    /// </summary>
    Task<int> PercentConsumedAsync(Guid userId, Guid courseId, CancellationToken cancellationToken);
}
