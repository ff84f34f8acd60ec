using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Auditing;

namespace KnowledgePay.Application.Auditing.Queries.GetAuditLog;

public static class AuditLogQuerySchema
{
    public static FilterSchema<AuditEntry> Filter { get; } = new FilterSchema<AuditEntry>("AuditEntry")
        .Field("userId", e => e.UserId, FilterValueKind.Id, "Who made the change.")
        .Field("entityType", e => e.EntityType, FilterValueKind.String, "What kind of thing changed, e.g. Course.")
        .Field("entityId", e => e.EntityId, FilterValueKind.Id, "The id of what changed.")
        .Field("action", e => e.Action, FilterValueKind.String, "What happened, e.g. CoursePublished.")
        .Field("occurredAt", e => e.OccurredAt, FilterValueKind.DateTime);

    public static SortSchema<AuditEntry> Sort { get; } = new SortSchema<AuditEntry>("AuditEntry")
        .Field("occurredAt", e => e.OccurredAt, "Newest first with DESC.");

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("occurredAt", SortDirection.Descending)];
}
