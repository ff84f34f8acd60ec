namespace KnowledgePay.Application.Learning;

/// <summary>
/// The access rule for paid content, in one place: a lesson's body and media open to everyone when it is a free
/// preview, and otherwise only to an admin, the user who manages the course's creator profile, or a learner entitled to
/// the course now (an active enrollment or membership, see <see cref="CourseEntitlements"/>).
/// </summary>
internal sealed record LessonGate(Guid CourseId, bool IsFreePreview, Guid? CreatorUserId)
{
    public bool OpensFor(LessonViewer viewer) => OpensWithoutEnrollment(viewer) || viewer.OpenCourseIds.Contains(CourseId);

    /// <summary>
    /// Whether opening the lesson uses up what the viewer bought: a paid lesson they may open only because they are
    /// entitled to it (the refund policy counts it). Free previews, admins and the course's creator consume nothing.
    /// </summary>
    public bool IsConsumedBy(LessonViewer viewer) => !OpensWithoutEnrollment(viewer) && viewer.OpenCourseIds.Contains(CourseId);

    private bool OpensWithoutEnrollment(LessonViewer viewer) =>
        IsFreePreview || viewer.IsAdmin || (viewer.UserId is { } userId && userId == CreatorUserId);
}

/// <param name="OpenCourseIds">The courses, among those asked about, the viewer is entitled to open now.</param>
internal sealed record LessonViewer(Guid? UserId, bool IsAdmin, IReadOnlySet<Guid> OpenCourseIds);
