using GraphQL.Types;
using KnowledgePay.Application.Orders.Queries.GetLedgerSummary;
using KnowledgePay.Domain.Common;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class PaymentsLedgerGraphType : ObjectGraphType<LedgerSummaryDto>
{
    public PaymentsLedgerGraphType()
    {
        Name = "PaymentsLedger";
        Description = "Totals of the payments ledger; for every order, its ledger entries must add up to paid minus refunded.";
        Field<NonNullGraphType<MoneyGraphType>>("paid")
            .Description("Every payment received.")
            .Resolve(ctx => new MoneyValue(ctx.Source.PaidFen, Money.Cny));
        Field<NonNullGraphType<MoneyGraphType>>("refunded")
            .Description("Every refund paid out.")
            .Resolve(ctx => new MoneyValue(ctx.Source.RefundedFen, Money.Cny));
        Field<NonNullGraphType<MoneyGraphType>>("net")
            .Description("Paid minus refunded.")
            .Resolve(ctx => new MoneyValue(ctx.Source.NetFen, Money.Cny));
        Field(l => l.IsBalanced).Description("True when no order disagrees with its ledger entries.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerMismatchGraphType>>>>("inconsistentOrders")
            .Description($"Orders whose ledger entries disagree with what they say (at most {GetLedgerSummaryQuery.MaxMismatches}).")
            .Resolve(ctx => ctx.Source.Mismatches);
    }
}

internal sealed class LedgerMismatchGraphType : ObjectGraphType<LedgerMismatchDto>
{
    public LedgerMismatchGraphType()
    {
        Name = "LedgerMismatch";
        Description = "An order (or one of its lines) whose ledger entries do not add up to what it says; one is already an alarm.";
        Field<NonNullGraphType<IdGraphType>>("orderId")
            .Description("The order's global id; look it up with order(id).")
            .Resolve(ctx => GlobalId.Encode(OrderGraphType.TypeName, ctx.Source.OrderId));
        Field<IdGraphType>("lineId")
            .Description("The order line that disagrees; null when the order's totals do.")
            .Resolve(ctx => ctx.Source.LineId is { } lineId ? GlobalId.Encode(OrderLineGraphType.TypeName, lineId) : null);
        Field(m => m.ExpectedFen).Description("What the order or line says: paid minus refunded, in fen.");
        Field(m => m.LedgerFen).Description("The sum of the order's ledger entries, in fen.");
    }
}
