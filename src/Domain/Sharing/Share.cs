using System.Security.Cryptography;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Sharing;

/// <summary>
/// A user's share of a course: one per sharer and course, reused by every card, link and 小程序码 they pass on, so each
/// visit and purchase it brings is credited to them. Its <see cref="Scene"/> names it in mini program paths and codes.
/// </summary>
public sealed class Share : Entity
{
    private Share()
    {
        Scene = null!;
    }

    public Guid SharerId { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>Random base62 (<see cref="SharingLimits.SceneLength"/> characters): short enough for a 小程序码's scene, too long to guess.</summary>
    public string Scene { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Share Create(Guid sharerId, Guid courseId, DateTimeOffset now) => new()
    {
        SharerId = sharerId,
        CourseId = courseId,
        Scene = RandomNumberGenerator.GetString(SharingLimits.SceneAlphabet, SharingLimits.SceneLength),
        CreatedAt = now,
    };

    /// <summary>
    /// The first visit of <paramref name="visitorId"/> through this share, which raises <see cref="SharedLinkOpenedEvent"/>;
    /// null for the sharer opening their own share, which is no visit.
    /// </summary>
    public ShareVisit? FirstVisitBy(Guid visitorId, DateTimeOffset now) =>
        visitorId == SharerId ? null : ShareVisit.Begin(this, visitorId, now);
}
