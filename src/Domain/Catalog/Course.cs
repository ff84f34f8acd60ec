using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

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
        Guardrails = PriceGuardrails.None;
    }

    public Guid CreatorId { get; private set; }

    public Guid CategoryId { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    public string? CoverUrl { get; private set; }

    public Money Price { get; private set; }

    /// <summary>The limits an admin set on the course's price and discounts; a creator prices only within them.</summary>
    public PriceGuardrails Guardrails { get; private set; }

    public CourseStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public RatingSummary Rating { get; private set; }

    /// <summary>Learners who own the course: the catalogue's popularity measure.</summary>
    public int StudentCount { get; private set; }

    public int LessonCount { get; private set; }

    public int TotalDurationSeconds { get; private set; }

    /// <summary>Optimistic-concurrency token: bumped by every management change (see <see cref="BeginChange"/>).</summary>
    public int Version { get; private set; }

    /// <summary>Lower-cased title and summary, so text search behaves alike on every database.</summary>
    public string SearchText { get; private set; }

    public IReadOnlyCollection<Chapter> Chapters => _chapters.AsReadOnly();

    public IReadOnlyCollection<CourseTag> Tags => _tags.AsReadOnly();

    public static Course Draft(
        Guid creatorId, Guid categoryId, string title, string summary, Money price, DateTimeOffset now)
    {
        var course = new Course { CreatorId = creatorId, CategoryId = categoryId, CreatedAt = now, Price = price };
        course.SetDescription(title, summary, null);
        course.Raise(new CourseCreatedEvent(course.Id, creatorId, categoryId, course.Title, price.AmountFen));
        return course;
    }

    public void Describe(string title, string summary, string? coverUrl)
    {
        BeginChange();
        SetDescription(title, summary, coverUrl);
        Raise(new CourseDescribedEvent(Id, Title, CoverUrl));
    }

    /// <summary>Refuses a price below the guardrails' floor, so nothing changes.</summary>
    public void ChangePrice(Money price)
    {
        Guardrails.Admit(price);
        BeginChange();
        Raise(new CoursePriceChangedEvent(Id, Price.AmountFen, price.AmountFen));
        Price = price;
    }

    /// <summary>Sets the limits on the price and its discounts; the current price must already respect them.</summary>
    public void SetGuardrails(PriceGuardrails guardrails)
    {
        guardrails.Admit(Price);
        BeginChange();
        Guardrails = guardrails;
        Raise(new CourseGuardrailsChangedEvent(
            Id, guardrails.FloorFen, guardrails.MaxDiscountPercent, guardrails.SalePriceStacksWithMemberPrice));
    }

    public void MoveToCategory(Guid categoryId)
    {
        BeginChange();
        CategoryId = categoryId;
        Raise(new CourseCategoryChangedEvent(Id, categoryId));
    }

    public void TagWith(Guid tagId)
    {
        BeginChange();
        AddTag(tagId);
        Raise(new CourseTagsChangedEvent(Id, [.. _tags.Select(t => t.TagId)]));
    }

    /// <summary>Makes <paramref name="tagIds"/> the course's exact set of tags.</summary>
    public void Retag(IReadOnlyCollection<Guid> tagIds)
    {
        BeginChange();
        var wanted = tagIds.Distinct().ToList();
        if (wanted.Count > CatalogLimits.MaxTagsPerCourse)
        {
            throw CourseErrors.TooManyTags();
        }

        _tags.RemoveAll(t => !wanted.Contains(t.TagId));
        wanted.ForEach(AddTag);
        Raise(new CourseTagsChangedEvent(Id, wanted));
    }

    public Chapter AddChapter(string title)
    {
        BeginChange();
        var chapter = new Chapter(Id, title, _chapters.Count);
        _chapters.Add(chapter);
        Raise(new ChapterAddedEvent(Id, chapter.Id, chapter.Title, chapter.Position));
        return chapter;
    }

    public void RenameChapter(Guid chapterId, string title)
    {
        BeginChange();
        var chapter = ChapterWith(chapterId);
        chapter.Rename(title);
        Raise(new ChapterRenamedEvent(Id, chapterId, chapter.Title));
    }

    /// <summary>Moves a chapter to <paramref name="position"/> (from 0); the others shift to keep positions dense.</summary>
    public void MoveChapter(Guid chapterId, int position)
    {
        BeginChange();
        var chapter = ChapterWith(chapterId);
        Positions.Insert(_chapters.Where(c => c != chapter), chapter, position);
        Raise(new ChapterMovedEvent(Id, chapterId, position));
    }

    /// <summary>Removes a chapter with all its lessons.</summary>
    public void RemoveChapter(Guid chapterId)
    {
        BeginChange();
        var chapter = ChapterWith(chapterId);
        _chapters.Remove(chapter);
        Positions.Close(_chapters);
        LessonCount -= chapter.Lessons.Count;
        TotalDurationSeconds -= chapter.Lessons.Sum(l => l.DurationSeconds);
        Raise(new ChapterRemovedEvent(Id, chapterId, chapter.Lessons.Count));
    }

    public Lesson AddLesson(Guid chapterId, LessonContent content)
    {
        BeginChange();
        var lesson = ChapterWith(chapterId).AddLesson(content);
        LessonCount++;
        TotalDurationSeconds += lesson.DurationSeconds;
        Raise(new LessonAddedEvent(Id, lesson.Id, chapterId, lesson.Title, lesson.Kind, lesson.DurationSeconds, lesson.IsFreePreview));
        return lesson;
    }

    public void EditLesson(Guid lessonId, LessonContent content)
    {
        BeginChange();
        var (_, lesson) = LessonWith(lessonId);
        var previousDuration = lesson.DurationSeconds;
        lesson.Apply(content);
        TotalDurationSeconds += lesson.DurationSeconds - previousDuration;
        Raise(new LessonEditedEvent(Id, lessonId, lesson.Title, lesson.Kind, lesson.DurationSeconds, lesson.IsFreePreview));
    }

    /// <summary>Moves a lesson to <paramref name="position"/> (from 0) of a chapter of this course, its own or another.</summary>
    public void MoveLesson(Guid lessonId, Guid chapterId, int position)
    {
        BeginChange();
        var (from, lesson) = LessonWith(lessonId);
        var to = ChapterWith(chapterId);
        from.Remove(lesson);
        to.Insert(lesson, position);
        Raise(new LessonMovedEvent(Id, lessonId, chapterId, position));
    }

    public void RemoveLesson(Guid lessonId)
    {
        BeginChange();
        var (chapter, lesson) = LessonWith(lessonId);
        chapter.Remove(lesson);
        LessonCount--;
        TotalDurationSeconds -= lesson.DurationSeconds;
        Raise(new LessonRemovedEvent(Id, lessonId));
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

        Version++;
        Status = CourseStatus.Published;
        PublishedAt = now;
        Raise(new CoursePublishedEvent(Id, now));
    }

    public void Archive()
    {
        if (Status == CourseStatus.Archived)
        {
            throw CourseErrors.InvalidTransition(Id, Status, CourseStatus.Archived);
        }

        Version++;
        Status = CourseStatus.Archived;
        Raise(new CourseArchivedEvent(Id));
    }

    /// <summary>Counts a rating (a visible review) in <see cref="Rating"/>.</summary>
    public void RecordRating(int stars) => Rating = Rating.Add(stars);

    /// <summary>Takes a counted rating back out of <see cref="Rating"/>.</summary>
    public void WithdrawRating(int stars) => Rating = Rating.Remove(stars);

    /// <summary>A counted rating changed its stars.</summary>
    public void ReviseRating(int from, int to) => Rating = Rating.Replace(from, to);

    public void RecordEnrollment() => StudentCount++;

    /// <summary>Every management change bumps <see cref="Version"/>, the concurrency token, so concurrent edits of one course conflict.</summary>
    private void BeginChange()
    {
        if (Status == CourseStatus.Archived)
        {
            throw CourseErrors.NotEditable(Id);
        }

        Version++;
    }

    private void SetDescription(string title, string summary, string? coverUrl)
    {
        var validTitle = Text.Required(title, CatalogLimits.TitleLength, CourseErrors.InvalidTitle);
        var validSummary = Text.Required(summary, CatalogLimits.SummaryLength, CourseErrors.InvalidSummary);
        CoverUrl = Text.Optional(coverUrl, CatalogLimits.UrlLength, () => CatalogErrors.InvalidText("coverUrl"));
        Title = validTitle;
        Summary = validSummary;
        SearchText = $"{Title}\n{Summary}".ToLowerInvariant();
    }

    private void AddTag(Guid tagId)
    {
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

    private Chapter ChapterWith(Guid chapterId) =>
        _chapters.SingleOrDefault(c => c.Id == chapterId) ?? throw CourseErrors.ChapterNotFound(chapterId);

    private (Chapter Chapter, Lesson Lesson) LessonWith(Guid lessonId)
    {
        foreach (var chapter in _chapters)
        {
            if (chapter.Lessons.SingleOrDefault(l => l.Id == lessonId) is { } lesson)
            {
                return (chapter, lesson);
            }
        }

        throw CourseErrors.LessonNotFound(lessonId);
    }
}
