using GraphQL.Types;
using KnowledgePay.Application.Orders.Queries.GetOrder;
using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Wallets;

internal sealed class WalletEntryGraphType : ObjectGraphType<WalletEntryDto>
{
    public WalletEntryGraphType()
    {
        Name = "WalletEntry";
        Description = "One movement of a balance; amounts are signed: positive into the balance, negative out of it.";
        this.GlobalIdField(Name, e => e.Id);
        Field<NonNullGraphType<WalletEntryKindGraphType>>("kind").Description("Why the balance moved.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<MoneyGraphType>>("amount")
            .Description("Paid plus bonus moved.")
            .Projects(nameof(WalletEntryDto.AmountFen))
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.AmountFen));
        Field<NonNullGraphType<MoneyGraphType>>("bonus")
            .Description("The part of amount that moved in the bonus pot (the rest moved in the paid pot).")
            .Projects(nameof(WalletEntryDto.BonusFen))
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.BonusFen));
        Field<NonNullGraphType<MoneyGraphType>>("balanceAfter")
            .Description("The balance right after this movement.")
            .Projects(nameof(WalletEntryDto.BalanceAfterFen))
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.BalanceAfterFen));
        Field<OrderGraphType>("order")
            .Description("The order it belongs to (the top-up's, or the one the balance paid or got a refund of); null for adjustments.")
            .Projects(nameof(WalletEntryDto.OrderId))
            .ResolveAsync(async ctx => ctx.Source.OrderId is { } orderId ? await ctx.SendQueryAsync(new GetOrderQuery(orderId)) : null);
        Field(e => e.Reason, nullable: true).Description("An operator's reason for an adjustment.");
        Field(e => e.CreatedAt).Description("When the balance moved.");
    }
}
