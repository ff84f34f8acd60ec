using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

/// <summary>One unit of study inside a chapter; changed only through its <see cref="Course"/>.</summary>
public sealed class Lesson : Entity
{
    private Lesson()
    {
        Title = string.Empty;
    }

    internal Lesson(Guid chapterId, LessonContent content, int position)
    {
        if (content.DurationSeconds is < 0 or > CatalogLimits.MaxLessonDurationSeconds)
        {
            throw CourseErrors.InvalidLessonDuration(content.DurationSeconds);
        }

        ChapterId = chapterId;
        Title = Text.Required(content.Title, CatalogLimits.TitleLength, CourseErrors.InvalidTitle);
        Kind = content.Kind;
        DurationSeconds = content.DurationSeconds;
        IsFreePreview = content.IsFreePreview;
        Body = Text.Optional(content.Body, CatalogLimits.LessonBodyLength, () => CatalogErrors.InvalidText("body"));
        MediaUrl = Text.Optional(content.MediaUrl, CatalogLimits.UrlLength, () => CatalogErrors.InvalidText("mediaUrl"));
        Position = position;
    }

    public Guid ChapterId { get; private set; }

    public string Title { get; private set; }

    public LessonKind Kind { get; private set; }

    public int DurationSeconds { get; private set; }

    public bool IsFreePreview { get; private set; }

    public string? Body { get; private set; }

    public string? MediaUrl { get; private set; }

    public int Position { get; private set; }
}
