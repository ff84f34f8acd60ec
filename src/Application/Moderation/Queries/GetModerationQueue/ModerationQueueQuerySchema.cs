using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation.Queries.GetModerationQueue;

/// <summary>moderationQueue pages oldest case first (the longest-waiting content is decided first); status and kind are arguments.</summary>
internal static class ModerationQueueQuerySchema
{
    public static FilterSchema<ModerationCase> Filter { get; } = new("ModerationCase");

    public static SortSchema<ModerationCase> Sort { get; } = new SortSchema<ModerationCase>("ModerationCase").Field("openedAt", c => c.OpenedAt);

    public static IReadOnlyList<SortField> OldestFirst { get; } = [new("openedAt", SortDirection.Ascending)];
}
