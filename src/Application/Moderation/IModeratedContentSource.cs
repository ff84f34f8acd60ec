using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation;

/// <summary>
/// Lets the moderation queue find a piece of content it was told about (a report names only kind and id): each feature
/// that owns moderated content registers one for its kinds. Read-only; decisions travel as <see cref="ContentModeratedEvent"/>.
/// </summary>
public interface IModeratedContentSource
{
    IReadOnlyCollection<ModeratedContentKind> Kinds { get; }

    Task<ModeratedContent?> FindAsync(ModeratedContentKind kind, Guid contentId, CancellationToken cancellationToken);
}

/// <param name="CourseId">The course the content belongs to, whose creator may moderate it; null for profile text.</param>
public sealed record ModeratedContent(
    ModeratedContentKind Kind, Guid ContentId, Guid AuthorId, Guid? CourseId, string Text, ModerationStatus Status);
