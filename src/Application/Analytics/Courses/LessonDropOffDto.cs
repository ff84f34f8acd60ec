namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>
/// One lesson's place in its course's outline (from 0, chapters then lessons in order) and, of the learners granted the
/// course within the range, how many started it, completed it, and got no further than it without finishing the course.
/// </summary>
public sealed record LessonDropOffDto(Guid CourseId, Guid LessonId, int Position, int Started, int Completed, int StoppedHere);
