using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Reviews;

namespace KnowledgePay.Application.Catalog.EventHandlers;

/// <summary>
/// After a change to what the cached catalogue reads show commits, removes the entries holding it on every node: the
/// course's description, price, category, tags and status, its lesson count and length, and its rating (reviews); and a
/// category, tag or creator profile added or edited. Chapter titles and order, lesson positions and guardrails are not in
/// those reads. Removing twice is harmless.
/// </summary>
internal sealed class InvalidateCatalogCacheWhenCatalogueChanged(ICatalogCache cache)
    : IAfterCommitHandler<CourseDescribedEvent>,
        IAfterCommitHandler<CoursePriceChangedEvent>,
        IAfterCommitHandler<CourseCategoryChangedEvent>,
        IAfterCommitHandler<CourseTagsChangedEvent>,
        IAfterCommitHandler<CoursePublishedEvent>,
        IAfterCommitHandler<CourseArchivedEvent>,
        IAfterCommitHandler<LessonAddedEvent>,
        IAfterCommitHandler<LessonEditedEvent>,
        IAfterCommitHandler<LessonRemovedEvent>,
        IAfterCommitHandler<ChapterRemovedEvent>,
        IAfterCommitHandler<ReviewSubmittedEvent>,
        IAfterCommitHandler<ReviewEditedEvent>,
        IAfterCommitHandler<ReviewVisibilityChangedEvent>,
        IAfterCommitHandler<CategoryEditedEvent>,
        IAfterCommitHandler<TagEditedEvent>,
        IAfterCommitHandler<CreatorJoinedEvent>,
        IAfterCommitHandler<CreatorProfileUpdatedEvent>
{
    private static readonly string[] CategoryEntries = [CatalogCacheTags.Categories];
    private static readonly string[] TagEntries = [CatalogCacheTags.Tags];
    private static readonly string[] CreatorEntries = [CatalogCacheTags.Creators];

    public ValueTask HandleAsync(CourseDescribedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(CoursePriceChangedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(CourseCategoryChangedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(CourseTagsChangedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(CoursePublishedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(CourseArchivedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(LessonAddedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(LessonEditedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(LessonRemovedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(ChapterRemovedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(ReviewSubmittedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(ReviewEditedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(ReviewVisibilityChangedEvent domainEvent, CancellationToken cancellationToken) =>
        InvalidateAsync(domainEvent.CourseId, cancellationToken);

    public ValueTask HandleAsync(CategoryEditedEvent domainEvent, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(CategoryEntries, cancellationToken);

    public ValueTask HandleAsync(TagEditedEvent domainEvent, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(TagEntries, cancellationToken);

    public ValueTask HandleAsync(CreatorJoinedEvent domainEvent, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(CreatorEntries, cancellationToken);

    public ValueTask HandleAsync(CreatorProfileUpdatedEvent domainEvent, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(CreatorEntries, cancellationToken);

    private ValueTask InvalidateAsync(Guid courseId, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(CatalogCacheTags.ChangedCourse(courseId), cancellationToken);
}
