using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

// Raised on the course for every change to it or its outline, so its audit trail reads in one place.
// Lesson bodies and media URLs are paid content and never travel in an event.
public sealed record CourseCreatedEvent(Guid CourseId, Guid CreatorId, Guid CategoryId, string Title, long PriceFen) : IDomainEvent;

public sealed record CourseDescribedEvent(Guid CourseId, string Title, string? CoverUrl) : IDomainEvent;

public sealed record CoursePriceChangedEvent(Guid CourseId, long OldPriceFen, long NewPriceFen) : IDomainEvent;

public sealed record CourseGuardrailsChangedEvent(
    Guid CourseId, long FloorFen, int MaxDiscountPercent, bool SalePriceStacksWithMemberPrice) : IDomainEvent;

public sealed record CourseCategoryChangedEvent(Guid CourseId, Guid CategoryId) : IDomainEvent;

public sealed record CourseTagsChangedEvent(Guid CourseId, IReadOnlyList<Guid> TagIds) : IDomainEvent;

public sealed record CoursePublishedEvent(Guid CourseId, DateTimeOffset PublishedAt) : IDomainEvent;

public sealed record CourseArchivedEvent(Guid CourseId) : IDomainEvent;

public sealed record ChapterAddedEvent(Guid CourseId, Guid ChapterId, string Title, int Position) : IDomainEvent;

public sealed record ChapterRenamedEvent(Guid CourseId, Guid ChapterId, string Title) : IDomainEvent;

public sealed record ChapterMovedEvent(Guid CourseId, Guid ChapterId, int Position) : IDomainEvent;

public sealed record ChapterRemovedEvent(Guid CourseId, Guid ChapterId, int LessonCount) : IDomainEvent;

public sealed record LessonAddedEvent(
    Guid CourseId, Guid LessonId, Guid ChapterId, string Title, LessonKind Kind, int DurationSeconds, bool IsFreePreview)
    : IDomainEvent;

public sealed record LessonEditedEvent(
    Guid CourseId, Guid LessonId, string Title, LessonKind Kind, int DurationSeconds, bool IsFreePreview) : IDomainEvent;

public sealed record LessonMovedEvent(Guid CourseId, Guid LessonId, Guid ChapterId, int Position) : IDomainEvent;

public sealed record LessonRemovedEvent(Guid CourseId, Guid LessonId) : IDomainEvent;
