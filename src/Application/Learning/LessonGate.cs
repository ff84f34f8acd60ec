namespace KnowledgePay.Application.Learning;

/// <summary>
/// The access rule for paid content, in one place: a lesson's body and media open to everyone when it is a free
/// preview, and otherwise only to an admin, the user who manages the course's creator profile, or a learner with an
/// active enrollment in the course.
/// </summary>
internal sealed record LessonGate(Guid CourseId, bool IsFreePreview, Guid? CreatorUserId)
{
    public bool OpensFor(LessonViewer viewer) =>
        IsFreePreview
        || viewer.IsAdmin
        || (viewer.UserId is { } userId && userId == CreatorUserId)
        || viewer.EnrolledCourseIds.Contains(CourseId);
}

/// <param name="EnrolledCourseIds">The courses, among those asked about, where the viewer has an active enrollment.</param>
internal sealed record LessonViewer(Guid? UserId, bool IsAdmin, IReadOnlySet<Guid> EnrolledCourseIds);
