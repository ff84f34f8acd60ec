namespace KnowledgePay.Domain.Catalog;

/// <summary>What a creator supplies for a lesson; the body and media stay private to entitled learners.</summary>
public sealed record LessonContent(
    string Title,
    LessonKind Kind,
    int DurationSeconds,
    bool IsFreePreview,
    string? Body = null,
    string? MediaUrl = null);
