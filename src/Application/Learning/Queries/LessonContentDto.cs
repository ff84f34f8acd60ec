using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Application.Learning.Queries;

/// <summary>A lesson's paid content as one caller may see it: <see cref="Body"/> and <see cref="Media"/> are null when locked.</summary>
public sealed record LessonContentDto(Guid LessonId, bool Locked, string? Body, SignedMediaUrl? Media)
{
    public static LessonContentDto LockedFor(Guid lessonId) => new(lessonId, Locked: true, Body: null, Media: null);
}
