using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Bookkeeping;

namespace KnowledgePay.Application.Bookkeeping.Queries.GetJournal;

public static class JournalQuerySchema
{
    public static FilterSchema<JournalPosting> Filter { get; } = new FilterSchema<JournalPosting>("JournalPosting")
        .Field("transactionKey", p => p.TransactionKey, FilterValueKind.String, "e.g. order-paid:{orderId}, order-refund:{refundId}, wallet:{movementId}.")
        .Field("account", p => p.Account, FilterValueKind.Enum)
        .Field("userId", p => p.UserId, FilterValueKind.Id, "The user of a wallet or bonus posting.")
        .Field("orderId", p => p.OrderId, FilterValueKind.Id, "The order the money moved for.")
        .Field("cause", p => p.Cause, FilterValueKind.Enum)
        .Field("at", p => p.At, FilterValueKind.DateTime);

    public static SortSchema<JournalPosting> Sort { get; } = new SortSchema<JournalPosting>("JournalPosting")
        .Field("at", p => p.At, "Newest first with DESC.");

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("at", SortDirection.Descending)];
}
