using GraphQL.Types;
using KnowledgePay.Application.Orders.Queries.GetOrder;
using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.Application.Wallets.Queries.GetTopUpOptions;
using KnowledgePay.Domain.Wallets;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Wallets;

internal sealed class TopUpGraphType : ObjectGraphType<TopUpDto>
{
    public TopUpGraphType()
    {
        Name = "TopUp";
        Description = "A top-up of the balance through WeChat Pay: pay its order with checkout(method: WECHAT_PAY).";
        this.GlobalIdField(Name, t => t.Id);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("What WeChat Pay takes.").Resolve(ctx => MoneyValue.Cny(ctx.Source.AmountFen));
        Field<NonNullGraphType<MoneyGraphType>>("bonus")
            .Description("The bonus credit its tier earned, fixed when it was placed.")
            .Resolve(ctx => MoneyValue.Cny(ctx.Source.BonusFen));
        Field<NonNullGraphType<TopUpStatusGraphType>>("status").Description("Pending or credited.").Resolve(ctx => ctx.Source.Status);
        Field<OrderGraphType>("order")
            .Description("The order that bills the top-up.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetOrderQuery(ctx.Source.OrderId)));
        Field(t => t.CreatedAt).Description("When it was placed.");
    }
}

internal sealed class TopUpOptionsGraphType : ObjectGraphType<TopUpOptionsDto>
{
    public TopUpOptionsGraphType()
    {
        Name = "TopUpOptions";
        Description = "What a top-up may be, and the bonus tiers (充 100 送 10).";
        Field<NonNullGraphType<MoneyGraphType>>("min").Description("The smallest top-up.").Resolve(ctx => MoneyValue.Cny(ctx.Source.MinFen));
        Field<NonNullGraphType<MoneyGraphType>>("max").Description("The largest top-up.").Resolve(ctx => MoneyValue.Cny(ctx.Source.MaxFen));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BonusTierGraphType>>>>("tiers")
            .Description("Lowest first; a top-up earns the bonus of the highest tier it reaches.")
            .Resolve(ctx => ctx.Source.Tiers);
    }
}

internal sealed class BonusTierGraphType : ObjectGraphType<BonusTier>
{
    public BonusTierGraphType()
    {
        Name = "TopUpBonusTier";
        Description = "A top-up of at least amount earns bonus.";
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The least top-up for this tier.").Resolve(ctx => MoneyValue.Cny(ctx.Source.AmountFen));
        Field<NonNullGraphType<MoneyGraphType>>("bonus").Description("The bonus credit it earns.").Resolve(ctx => MoneyValue.Cny(ctx.Source.BonusFen));
    }
}
