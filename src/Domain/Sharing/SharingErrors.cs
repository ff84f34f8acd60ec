using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Sharing;

/// <summary>Share link failures; the codes are API contract.</summary>
public static class SharingErrors
{
    public const string NotFoundCode = "SHARE_NOT_FOUND";
    public const string CourseNotPublishedCode = "SHARE_COURSE_NOT_PUBLISHED";

    /// <summary>No share has this scene: mistyped, or a path cut short.</summary>
    public static DomainException NotFound() =>
        new(NotFoundCode, "No share link has this code; check the link you opened.");

    public static DomainException CourseNotPublished() =>
        new(CourseNotPublishedCode, "Only a published course can be shared.");
}
