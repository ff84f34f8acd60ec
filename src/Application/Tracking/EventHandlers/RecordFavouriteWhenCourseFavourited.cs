using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Favourites;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Tracking.EventHandlers;

/// <summary>
/// Keeping and dropping a favourite enter the behaviour log as Favourite and Unfavourite, keyed by the favourite, so
/// the recommender learns from the favourites list as it does from tracked favourites.
/// </summary>
internal sealed class RecordFavouriteWhenCourseFavourited(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<CourseFavouritedEvent>, IInTransactionHandler<CourseUnfavouritedEvent>
{
    public async ValueTask Handle(CourseFavouritedEvent notification, CancellationToken cancellationToken) =>
        await db.RecordServerEventAsync(
            notification.UserId, BehaviourEventKind.Favourite, notification.CourseId, $"favourite:{notification.FavouriteId:N}",
            notification.At, clock.GetUtcNow(), cancellationToken);

    public async ValueTask Handle(CourseUnfavouritedEvent notification, CancellationToken cancellationToken) =>
        await db.RecordServerEventAsync(
            notification.UserId, BehaviourEventKind.Unfavourite, notification.CourseId, $"unfavourite:{notification.FavouriteId:N}",
            notification.At, clock.GetUtcNow(), cancellationToken);
}
