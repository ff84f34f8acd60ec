using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Favourites;

public sealed record CourseFavouritedEvent(Guid FavouriteId, Guid UserId, Guid CourseId, DateTimeOffset At) : IDomainEvent;

public sealed record CourseUnfavouritedEvent(Guid FavouriteId, Guid UserId, Guid CourseId, DateTimeOffset At) : IDomainEvent;
