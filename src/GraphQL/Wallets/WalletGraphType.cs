using GraphQL.Types;
using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.Application.Wallets.Queries.GetWalletEntries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Conventions.Sorting;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Wallets;

internal sealed class WalletGraphType : ObjectGraphType<WalletDto>
{
    public WalletGraphType(FilterInputTypes filters, SortInputTypes sorts)
    {
        Name = "Wallet";
        Description = "A user's balance (余额): money they paid in (refundable to WeChat Pay) plus bonus credit (spendable only).";
        this.GlobalIdField(Name, w => w.Id);
        Field<NonNullGraphType<IdGraphType>>("userId")
            .Description("The global id of the wallet's owner.")
            .Resolve(ctx => GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, ctx.Source.UserId));
        Field<NonNullGraphType<MoneyGraphType>>("balance")
            .Description("What the owner can spend: paid plus bonus.")
            .Projects(nameof(WalletDto.BalanceFen))
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.BalanceFen));
        Field<NonNullGraphType<MoneyGraphType>>("paidBalance")
            .Description("Money the owner paid in; spent first, and what a top-up refund can take back.")
            .Projects(nameof(WalletDto.PaidFen))
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.PaidFen));
        Field<NonNullGraphType<MoneyGraphType>>("bonusBalance")
            .Description("Bonus credit from top-up tiers and operators' adjustments; spendable, never paid out.")
            .Projects(nameof(WalletDto.BonusFen))
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.BonusFen));
        Field(w => w.UpdatedAt).Description("When the balance last moved.");
        this.ConnectionField<WalletDto, WalletEntryGraphType, WalletEntryDto>(
                "entries", (filters, WalletQuerySchema.EntryFilter), (sorts, WalletQuerySchema.EntrySort))
            .Description("The balance's history, newest first unless ordered otherwise (one query per wallet).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetWalletEntriesQuery(ctx.Source.Id, ctx.ToQueryContext<WalletEntryDto>(WalletQuerySchema.EntryFilter))));
    }
}
