using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Favourites;

/// <summary>A course a learner keeps in their favourites list; one row per learner and course while it is kept.</summary>
public sealed class Favourite : Entity
{
    private Favourite()
    {
    }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Favourite Add(Guid userId, Guid courseId, DateTimeOffset now)
    {
        var favourite = new Favourite { UserId = userId, CourseId = courseId, CreatedAt = now };
        favourite.Raise(new CourseFavouritedEvent(favourite.Id, userId, courseId, now));
        return favourite;
    }

    /// <summary>Marks the favourite as taken back; the caller deletes the row.</summary>
    public void Remove(DateTimeOffset now) => Raise(new CourseUnfavouritedEvent(Id, UserId, CourseId, now));
}
