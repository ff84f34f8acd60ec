using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Queries.GetCourses;

/// <summary>What course lists may be filtered and sorted by.</summary>
public static class CourseQuerySchema
{
    private static readonly FilterSchema<Lesson> LessonFilter = new FilterSchema<Lesson>("Lesson")
        .Field("title", l => l.Title, FilterValueKind.String)
        .Field("kind", l => l.Kind, FilterValueKind.Enum, "Article, audio, video or live.")
        .Field("durationSeconds", l => l.DurationSeconds, FilterValueKind.Int)
        .Field("isFreePreview", l => l.IsFreePreview, FilterValueKind.Boolean);

    private static readonly FilterSchema<CourseTag> TagFilter = new FilterSchema<CourseTag>("CourseTag")
        .Field("id", t => t.TagId, FilterValueKind.Id, "The tag's id.");

    public static FilterSchema<Course> Filter { get; } = CourseFields("Course");

    /// <summary>For the courses a creator or admin manages: every status, so also by status and start date.</summary>
    public static FilterSchema<Course> ManagedFilter { get; } = CourseFields("ManagedCourse")
        .Field("status", c => c.Status, FilterValueKind.Enum, "Draft, published or archived.")
        .Field("createdAt", c => c.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<Course> Sort { get; } = new SortSchema<Course>("Course")
        .Field("title", c => c.Title)
        .Field("price", c => c.Price.AmountFen)
        .Field("publishedAt", c => c.PublishedAt, "Newest first with DESC.")
        .Field("createdAt", c => c.CreatedAt, "When the creator started the course; newest first with DESC.")
        .Field("studentCount", c => c.StudentCount, "Popularity: most learners first with DESC.")
        .Field("rating", c => c.Rating.Average);

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("publishedAt", SortDirection.Descending)];

    public static IReadOnlyList<SortField> ManagedDefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];

    private static FilterSchema<Course> CourseFields(string typeName) => new FilterSchema<Course>(typeName)
        .Field("id", c => c.Id, FilterValueKind.Id)
        .Field("title", c => c.Title, FilterValueKind.String)
        .Field("summary", c => c.Summary, FilterValueKind.String)
        .Field("price", c => c.Price.AmountFen, FilterValueKind.Long, "Price in fen (1/100 CNY).")
        .Field("isFree", c => c.Price.AmountFen == 0, FilterValueKind.Boolean)
        .Field("creatorId", c => c.CreatorId, FilterValueKind.Id)
        .Field("categoryId", c => c.CategoryId, FilterValueKind.Id)
        .Field("publishedAt", c => c.PublishedAt, FilterValueKind.DateTime)
        .Field("rating", c => c.Rating.Average, FilterValueKind.Float, "Average stars, 1 to 5.")
        .Field("studentCount", c => c.StudentCount, FilterValueKind.Int)
        .Field("lessonCount", c => c.LessonCount, FilterValueKind.Int)
        .List("tags", c => c.Tags, TagFilter)
        .List("lessons", c => c.Chapters.SelectMany(ch => ch.Lessons), LessonFilter, "Matches on any lesson of the course.");
}
