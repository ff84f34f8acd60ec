using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Reviews;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>Adds a client-reported behaviour event of the demo history.</summary>
internal delegate void DemoTrack(User user, BehaviourEventKind kind, Guid courseId, DateTimeOffset at, string context, Guid? lessonId, int? percent);

/// <summary>
/// How the demo history's buyers learn: most open the first lesson within a day or two, then go through the outline in
/// order, each lesson a day or so after the last, until they stop — every lesson loses a few, and the troubled course
/// loses most of its learners at its middle lesson. Each lesson reached is opened, started and either completed or left
/// part-way (the progress row and the LessonStart / Progress / LessonComplete events agree). Some who got far review the
/// course: the troubled one lower. A buyer who asks for all their money back stops after at most one lesson; a learner learns a course once.
/// </summary>
internal sealed class DemoStudy(Random random, DateTimeOffset now, DemoTrack track, Guid troubledCourseId)
{
    private const double Starts = 0.85;
    private const double KeepsGoing = 0.88;
    private const double KeepsGoingPastTheCliff = 0.3;
    private const double Reviews = 0.4;

    private static readonly string?[] HappyTexts = [null, "讲得很清楚，例子实用。", "Clear and practical.", "物超所值，推荐！", "跟着做完收获很大。"];
    private static readonly string?[] UnhappyTexts = [null, "后半部分跳跃太大，跟不上。", "The second half loses me.", "前面不错，后面太难了。"];

    private readonly List<object> rows = [];
    private readonly HashSet<(Guid UserId, Guid CourseId)> learning = [];

    public IReadOnlyList<object> Rows => rows;

    public void Learn(User user, Course course, DateTimeOffset boughtAt, bool refundedInFull)
    {
        if (!learning.Add((user.Id, course.Id)))
        {
            return;
        }

        var lessons = course.Chapters.OrderBy(c => c.Position).SelectMany(c => c.Lessons.OrderBy(l => l.Position)).ToList();
        var troubled = course.Id == troubledCourseId;
        var cliff = lessons.Count / 2;
        var lastAllowed = refundedInFull ? 0 : lessons.Count - 1;
        var at = boughtAt.AddHours(random.Next(1, 40));
        var completed = 0;
        for (var i = 0; random.NextDouble() < (i == 0 ? Starts : troubled && i == cliff ? KeepsGoingPastTheCliff : KeepsGoing); i++)
        {
            if (i > lastAllowed || i >= lessons.Count || at > now)
            {
                break;
            }

            var lesson = lessons[i];
            var finishes = random.NextDouble() < 0.9;
            var minutes = Math.Max(1, lesson.DurationSeconds / 60);
            var doneAt = at.AddMinutes(minutes + random.Next(5));
            rows.Add(LessonOpening.Record(user.Id, course.Id, lesson.Id, at));
            var progress = LessonProgress.Start(user.Id, course.Id, lesson.Id, at);
            track(user, BehaviourEventKind.LessonStart, course.Id, at, "lesson", lesson.Id, null);
            if (finishes && doneAt <= now)
            {
                progress.Record(LessonProgress.CompletePercent, minutes * 60, completed: true, doneAt);
                track(user, BehaviourEventKind.LessonComplete, course.Id, doneAt, "lesson", lesson.Id, null);
                completed++;
            }
            else
            {
                var percent = random.Next(10, 90);
                var leftAt = at.AddMinutes(minutes * percent / 100);
                progress.Record(percent, minutes * 60 * percent / 100, completed: false, leftAt <= now ? leftAt : at);
                track(user, BehaviourEventKind.Progress, course.Id, leftAt <= now ? leftAt : at, "lesson", lesson.Id, percent);
                rows.Add(progress);
                break;
            }

            rows.Add(progress);
            at = doneAt.AddHours(random.Next(6, 60));
        }

        if (completed >= 2 && random.NextDouble() < Reviews && at <= now)
        {
            Rate(user, course, troubled && completed <= cliff + 1, at);
        }
    }

    private void Rate(User user, Course course, bool disappointed, DateTimeOffset at)
    {
        var stars = disappointed ? random.Next(1, 4) : random.Next(4, 6);
        var texts = disappointed ? UnhappyTexts : HappyTexts;
        var review = Review.Submit(course.Id, user.Id, stars, texts[random.Next(texts.Length)], ModerationStatus.Visible, null, at);

        // Seeding dispatches no events: the course counts the rating here, as the catalogue's handler would.
        course.RecordRating(stars);
        rows.Add(review);
        rows.Add(BehaviourEvent.RecordByServer(user.Id, $"review:{review.Id:N}", BehaviourEventKind.Review, course.Id, at, at));
    }
}
