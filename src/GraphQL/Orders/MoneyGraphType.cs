using System.Globalization;
using GraphQL.Types;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.GraphQL.Orders;

/// <summary>An amount in fen with its currency, plus the yuan text a client shows as is.</summary>
internal sealed record MoneyValue(long Fen, string Currency)
{
    public static MoneyValue Cny(long fen) => new(fen, Money.Cny);
}

internal sealed class MoneyGraphType : ObjectGraphType<MoneyValue>
{
    public MoneyGraphType()
    {
        Name = "Money";
        Description = "An amount of money: integer fen (1/100 of a yuan) and its currency.";
        Field(m => m.Fen).Description("The amount in fen.");
        Field(m => m.Currency).Description("ISO 4217 currency, e.g. CNY.");
        Field<NonNullGraphType<StringGraphType>>("yuan")
            .Description("The amount in yuan with two decimals, e.g. \"49.00\".")
            .Resolve(ctx => (ctx.Source.Fen / 100m).ToString("0.00", CultureInfo.InvariantCulture));
    }
}
