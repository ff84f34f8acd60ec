using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// A short thread on the first lesson of a few courses demo learners bought, and one comment held for its "加微信" lure,
/// so lesson.comments and the moderation queue are not empty on a fresh start. The held comment's case is opened by the
/// same event handler as in production.
/// </summary>
internal static class DemoComments
{
    private const int Threads = 5;

    public static IReadOnlyList<LessonComment> Build(DemoCatalog catalog, DemoLearners learners, DateTimeOffset now)
    {
        var courses = catalog.Courses.ToDictionary(c => c.Id);
        var comments = new List<LessonComment>();
        var threads = learners.Enrollments.DistinctBy(e => e.CourseId).Take(Threads).ToList();
        for (var i = 0; i < threads.Count; i++)
        {
            var (enrollment, course) = (threads[i], courses[threads[i].CourseId]);
            var lesson = course.Chapters.OrderBy(c => c.Position).First().Lessons.OrderBy(l => l.Position).First();
            var at = now.AddHours(-(Threads - i) * 6);
            var question = LessonComment.Post(course.Id, lesson.Id, enrollment.UserId, "这一节的例子能再讲细一点吗？", null, at);
            comments.Add(question);
            var classmate = learners.Enrollments.FirstOrDefault(e => e.CourseId == course.Id && e.UserId != enrollment.UserId);
            comments.Add(question.Reply(classmate?.UserId ?? enrollment.UserId, "第二章开头有更完整的推导。", null, at.AddMinutes(30)));
            if (i == 0)
            {
                comments.Add(LessonComment.Post(
                    course.Id, lesson.Id, enrollment.UserId, "课件打包好了，加微信 kp_demo 免费领", ModerationHoldReason.ContentSecurityReview, at.AddHours(1)));
            }
        }

        return comments;
    }
}
