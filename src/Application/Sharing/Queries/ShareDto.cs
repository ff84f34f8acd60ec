namespace KnowledgePay.Application.Sharing.Queries;

/// <summary>A share as its sharer sees it: which course and the scene its paths and 小程序码 carry.</summary>
public sealed record ShareDto
{
    public Guid Id { get; init; }

    public Guid CourseId { get; init; }

    public string Scene { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public string CodeImagePath => ShareLinks.CodeImagePath(Scene);
}
