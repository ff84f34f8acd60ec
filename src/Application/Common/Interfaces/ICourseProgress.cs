namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>How far a learner has got through a course, for rules such as the refund policy.</summary>
public interface ICourseProgress
{
    /// <summary>The share of the course's lessons the learner has completed, from 0 to 100.</summary>
    Task<int> PercentCompletedAsync(Guid userId, Guid courseId, CancellationToken cancellationToken);
}
