using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Auditing;

/// <summary>Who changed what and when: one row per domain event, written in the transaction of the change.</summary>
public sealed class AuditEntry : Entity
{
    public const int NameLength = 60;

    private AuditEntry()
    {
        EntityType = string.Empty;
        Action = string.Empty;
        Changes = string.Empty;
    }

    /// <summary>The signed-in user who made the change; null for system work (seeding, background jobs).</summary>
    public Guid? UserId { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>The event's name without its suffix, e.g. <c>CoursePublished</c>.</summary>
    public string Action { get; private set; }

    /// <summary>A small JSON object of the values the change set; never secrets or paid content.</summary>
    public string Changes { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public static AuditEntry Record(
        Guid? userId, string entityType, Guid entityId, string action, string changes, DateTimeOffset now) =>
        new()
        {
            UserId = userId,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = changes,
            OccurredAt = now,
        };

    /// <summary>Drops the values of an entry that copied a person's own words, once that person's account is erased.</summary>
    public void Redact() => Changes = "{}";
}
