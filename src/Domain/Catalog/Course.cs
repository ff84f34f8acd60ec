using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

/// <summary>A paid (or free) course: the aggregate root for its chapters, lessons and tags.</summary>
public sealed class Course : Entity
{
    private readonly List<Chapter> _chapters = [];
    private readonly List<CourseTag> _tags = [];

    private Course()
    {
        Title = string.Empty;
        Summary = string.Empty;
        SearchText = string.Empty;
        Price = Money.Zero;
        Rating = RatingSummary.None;
    }

    public Guid CreatorId { get; private set; }

    public Guid CategoryId { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    public string? CoverUrl { get; private set; }

    public Money Price { get; private set; }

    public CourseStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public RatingSummary Rating { get; private set; }

    /// <summary>Learners who own the course: the catalogue's popularity measure.</summary>
    public int StudentCount { get; private set; }

    public int LessonCount { get; private set; }

    public int TotalDurationSeconds { get; private set; }

    /// <summary>Lower-cased title and summary, so text search behaves alike on every database.</summary>
    public string SearchText { get; private set; }

    public IReadOnlyCollection<Chapter> Chapters => _chapters.AsReadOnly();

    public IReadOnlyCollection<CourseTag> Tags => _tags.AsReadOnly();

    public static Course Draft(
        Guid creatorId, Guid categoryId, string title, string summary, Money price, DateTimeOffset now)
    {
        var course = new Course { CreatorId = creatorId, CategoryId = categoryId, CreatedAt = now };
        course.Describe(title, summary, null);
        course.ChangePrice(price);
        return course;
    }

    public void Describe(string title, string summary, string? coverUrl)
    {
        EnsureEditable();
        Title = Text.Required(title, CatalogLimits.TitleLength, CourseErrors.InvalidTitle);
        Summary = Text.Required(summary, CatalogLimits.SummaryLength, CourseErrors.InvalidSummary);
        CoverUrl = Text.Optional(coverUrl, CatalogLimits.UrlLength, () => CatalogErrors.InvalidText("coverUrl"));
        SearchText = $"{Title}\n{Summary}".ToLowerInvariant();
    }

    public void ChangePrice(Money price)
    {
        EnsureEditable();
        Price = price;
    }

    public void MoveToCategory(Guid categoryId)
    {
        EnsureEditable();
        CategoryId = categoryId;
    }

    public Chapter AddChapter(string title)
    {
        EnsureEditable();
        var chapter = new Chapter(Id, title, _chapters.Count);
        _chapters.Add(chapter);
        return chapter;
    }

    public Lesson AddLesson(Guid chapterId, LessonContent content)
    {
        EnsureEditable();
        var chapter = _chapters.SingleOrDefault(c => c.Id == chapterId) ?? throw CourseErrors.ChapterNotFound(chapterId);
        var lesson = chapter.AddLesson(content);
        LessonCount++;
        TotalDurationSeconds += lesson.DurationSeconds;
        return lesson;
    }

    public void TagWith(Guid tagId)
    {
        EnsureEditable();
        if (_tags.Exists(t => t.TagId == tagId))
        {
            return;
        }

        if (_tags.Count == CatalogLimits.MaxTagsPerCourse)
        {
            throw CourseErrors.TooManyTags();
        }

        _tags.Add(new CourseTag(Id, tagId));
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != CourseStatus.Draft)
        {
            throw CourseErrors.InvalidTransition(Id, Status, CourseStatus.Published);
        }

        if (LessonCount == 0)
        {
            throw CourseErrors.CannotPublishWithoutLessons(Id);
        }

        Status = CourseStatus.Published;
        PublishedAt = now;
    }

    public void Archive()
    {
        if (Status == CourseStatus.Archived)
        {
            throw CourseErrors.InvalidTransition(Id, Status, CourseStatus.Archived);
        }

        Status = CourseStatus.Archived;
    }

    public void RecordRating(int stars) => Rating = Rating.Add(stars);

    public void RecordEnrollment() => StudentCount++;

    private void EnsureEditable()
    {
        if (Status == CourseStatus.Archived)
        {
            throw CourseErrors.NotEditable(Id);
        }
    }
}
