namespace KnowledgePay.Application.Auditing.Queries;

public sealed record AuditEntryDto
{
    public Guid Id { get; init; }

    public Guid? UserId { get; init; }

    public string EntityType { get; init; } = string.Empty;

    public Guid EntityId { get; init; }

    public string Action { get; init; } = string.Empty;

    public string Changes { get; init; } = string.Empty;

    public DateTimeOffset OccurredAt { get; init; }
}
