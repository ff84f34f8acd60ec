using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Privacy;

namespace KnowledgePay.Application.Privacy.Queries.GetPrivacyRequests;

public static class PrivacyRequestQuerySchema
{
    public static FilterSchema<PrivacyRequest> Filter { get; } = new FilterSchema<PrivacyRequest>("PrivacyRequest")
        .Field("status", r => r.Status, FilterValueKind.Enum, "Pending, completed or cancelled.")
        .Field("kind", r => r.Kind, FilterValueKind.Enum, "Data export or account deletion.")
        .Field("userId", r => r.UserId, FilterValueKind.Id, "Who asked.")
        .Field("requestedAt", r => r.RequestedAt, FilterValueKind.DateTime);

    public static SortSchema<PrivacyRequest> Sort { get; } = new SortSchema<PrivacyRequest>("PrivacyRequest")
        .Field("requestedAt", r => r.RequestedAt, "Oldest first with ASC, the order the queue is worked in.");

    /// <summary>A queue: the longest-waiting request first.</summary>
    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("requestedAt", SortDirection.Ascending)];
}
