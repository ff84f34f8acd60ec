using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Wallets.Queries;

/// <summary>What wallet lists (the admins') and wallet histories may be filtered and sorted by.</summary>
public static class WalletQuerySchema
{
    public static FilterSchema<Wallet> Filter { get; } = new FilterSchema<Wallet>("Wallet")
        .Field("userId", w => w.UserId, FilterValueKind.Id, "The wallet's owner.")
        .Field("updatedAt", w => w.UpdatedAt, FilterValueKind.DateTime, "When the balance last moved.");

    public static SortSchema<Wallet> Sort { get; } = new SortSchema<Wallet>("Wallet")
        .Field("createdAt", w => w.CreatedAt, "Newest first with DESC.")
        .Field("updatedAt", w => w.UpdatedAt, "Last moved first with DESC.");

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];

    public static FilterSchema<WalletMovement> EntryFilter { get; } = new FilterSchema<WalletMovement>("WalletEntry")
        .Field("createdAt", m => m.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<WalletMovement> EntrySort { get; } = new SortSchema<WalletMovement>("WalletEntry")
        .Field("createdAt", m => m.CreatedAt, "Newest first with DESC.");

    public static IReadOnlyList<SortField> EntryDefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];
}
