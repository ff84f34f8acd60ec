using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Recommendations.EventHandlers;

/// <summary>
/// Asks for a new model after a committed course change that alters what the model knows of the course
/// (<see cref="RetrainingTriggers"/>), judged on the course as it stands when the event is delivered. Asking twice is
/// harmless: requests close together give one training.
/// </summary>
internal sealed class RequestRetrainingWhenCourseChanged(IApplicationDbContext db, IRecommenderTrainingScheduler recommender)
    : IAfterCommitHandler<CoursePublishedEvent>,
        IAfterCommitHandler<CourseArchivedEvent>,
        IAfterCommitHandler<CourseTagsChangedEvent>,
        IAfterCommitHandler<CourseCategoryChangedEvent>,
        IAfterCommitHandler<CoursePriceChangedEvent>,
        IAfterCommitHandler<LessonAddedEvent>,
        IAfterCommitHandler<LessonEditedEvent>,
        IAfterCommitHandler<LessonRemovedEvent>,
        IAfterCommitHandler<ChapterRemovedEvent>
{
    public ValueTask HandleAsync(CoursePublishedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(CourseArchivedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(CourseTagsChangedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(CourseCategoryChangedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(CoursePriceChangedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(LessonAddedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(LessonEditedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(LessonRemovedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    public ValueTask HandleAsync(ChapterRemovedEvent domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.CourseId, domainEvent, cancellationToken);

    private async ValueTask RequestAsync(Guid courseId, IDomainEvent change, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking()
            .Where(c => c.Id == courseId)
            .Select(c => new { c.Status, c.PublishedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (course is not null
            && RetrainingTriggers.ReasonToRetrain(change, courseId, course.Status, course.PublishedAt) is { } reason)
        {
            recommender.RequestTraining(reason);
        }
    }
}
