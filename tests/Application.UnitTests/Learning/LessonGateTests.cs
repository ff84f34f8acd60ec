using KnowledgePay.Application.Learning;

namespace KnowledgePay.Application.UnitTests.Learning;

public sealed class LessonGateTests
{
    private static readonly Guid CourseId = Guid.CreateVersion7();
    private static readonly Guid CreatorUserId = Guid.CreateVersion7();
    private static readonly LessonGate PaidLesson = new(CourseId, IsFreePreview: false, CreatorUserId);

    [Fact]
    public void OpensAFreePreviewToAnAnonymousViewer()
    {
        var preview = PaidLesson with { IsFreePreview = true };

        Assert.True(preview.OpensFor(Viewer(userId: null)));
    }

    [Fact]
    public void KeepsAPaidLessonClosedToAnAnonymousViewer() => Assert.False(PaidLesson.OpensFor(Viewer(userId: null)));

    [Fact]
    public void KeepsAPaidLessonClosedToASignedInViewerEnrolledElsewhere() =>
        Assert.False(PaidLesson.OpensFor(Viewer(Guid.CreateVersion7(), enrolledIn: Guid.CreateVersion7())));

    [Fact]
    public void OpensAPaidLessonToAViewerEnrolledInItsCourse() =>
        Assert.True(PaidLesson.OpensFor(Viewer(Guid.CreateVersion7(), enrolledIn: CourseId)));

    [Fact]
    public void OpensAPaidLessonToTheUserManagingTheCoursesCreator() => Assert.True(PaidLesson.OpensFor(Viewer(CreatorUserId)));

    [Fact]
    public void KeepsACourseWithoutManagingUserClosedToOtherUsers()
    {
        var unmanaged = PaidLesson with { CreatorUserId = null };

        Assert.False(unmanaged.OpensFor(Viewer(Guid.CreateVersion7())));
    }

    [Fact]
    public void OpensAPaidLessonToAnAdmin() => Assert.True(PaidLesson.OpensFor(Viewer(Guid.CreateVersion7(), isAdmin: true)));

    [Fact]
    public void CountsAPaidLessonAsConsumedByALearnerEnrolledInItsCourse() =>
        Assert.True(PaidLesson.IsConsumedBy(Viewer(Guid.CreateVersion7(), enrolledIn: CourseId)));

    [Fact]
    public void CountsAFreePreviewAsConsumedByNobody()
    {
        var preview = PaidLesson with { IsFreePreview = true };

        Assert.False(preview.IsConsumedBy(Viewer(Guid.CreateVersion7(), enrolledIn: CourseId)));
    }

    [Fact]
    public void CountsNothingAsConsumedByTheUserManagingTheCoursesCreator() =>
        Assert.False(PaidLesson.IsConsumedBy(Viewer(CreatorUserId, enrolledIn: CourseId)));

    private static LessonViewer Viewer(Guid? userId, bool isAdmin = false, Guid? enrolledIn = null) =>
        new(userId, isAdmin, enrolledIn is { } courseId ? new HashSet<Guid> { courseId } : []);
}
