using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

/// <summary>One unit of study inside a chapter; changed only through its <see cref="Course"/>.</summary>
public sealed class Lesson : Entity, IPositioned
{
    private Lesson()
    {
        Title = string.Empty;
    }

    internal Lesson(Guid chapterId, LessonContent content, int position)
    {
        ChapterId = chapterId;
        Title = string.Empty;
        Position = position;
        Apply(content);
    }

    public Guid ChapterId { get; private set; }

    public string Title { get; private set; }

    public LessonKind Kind { get; private set; }

    public int DurationSeconds { get; private set; }

    public bool IsFreePreview { get; private set; }

    public string? Body { get; private set; }

    public string? MediaUrl { get; private set; }

    public int Position { get; private set; }

    void IPositioned.PlaceAt(int position) => Position = position;

    /// <summary>Replaces everything the creator supplied; all-or-nothing, so a bad field leaves the lesson as it was.</summary>
    internal void Apply(LessonContent content)
    {
        if (content.DurationSeconds is < 0 or > CatalogLimits.MaxLessonDurationSeconds)
        {
            throw CourseErrors.InvalidLessonDuration(content.DurationSeconds);
        }

        var title = Text.Required(content.Title, CatalogLimits.TitleLength, CourseErrors.InvalidTitle);
        var body = Text.Optional(content.Body, CatalogLimits.LessonBodyLength, () => CatalogErrors.InvalidText("body"));
        var mediaUrl = Text.Optional(content.MediaUrl, CatalogLimits.UrlLength, () => CatalogErrors.InvalidText("mediaUrl"));
        Title = title;
        Kind = content.Kind;
        DurationSeconds = content.DurationSeconds;
        IsFreePreview = content.IsFreePreview;
        Body = body;
        MediaUrl = mediaUrl;
    }

    internal void MoveInto(Guid chapterId) => ChapterId = chapterId;
}
