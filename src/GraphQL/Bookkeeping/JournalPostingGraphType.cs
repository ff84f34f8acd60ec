using GraphQL.Types;
using KnowledgePay.Application.Bookkeeping.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Bookkeeping;

internal sealed class JournalPostingGraphType : ObjectGraphType<JournalPostingDto>
{
    public const string TypeName = "JournalPosting";

    public JournalPostingGraphType()
    {
        Name = TypeName;
        Description = "One line of the books: a signed amount on one account. The postings of a transaction add up to zero.";
        this.GlobalIdField(Name, p => p.Id);
        Field(p => p.TransactionKey).Description("The transaction it belongs to, derived from what caused it: "
            + "order-paid:{orderId}, order-refund:{refundId} or wallet:{movementId}.");
        Field(p => p.Leg).Description("Its place in the transaction.");
        Field<NonNullGraphType<JournalAccountGraphType>>("account").Resolve(ctx => ctx.Source.Account);
        Field<IdGraphType>("userId")
            .Description("The global id of the user of a wallet or bonus posting; null on the platform's accounts.")
            .Resolve(ctx => ctx.Source.UserId is { } id ? GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, id) : null);
        Field<NonNullGraphType<MoneyGraphType>>("amount")
            .Description("Signed: positive raises what is owed to users or earned.")
            .Resolve(ctx => new MoneyValue(ctx.Source.AmountFen, Money.Cny))
            .Projects(nameof(JournalPostingDto.AmountFen));
        Field<NonNullGraphType<JournalCauseGraphType>>("cause").Resolve(ctx => ctx.Source.Cause);
        Field<IdGraphType>("orderId")
            .Description("The global id of the order the money moved for; null for a wallet adjustment.")
            .Resolve(ctx => ctx.Source.OrderId is { } id ? GlobalId.Encode(OrderGraphType.TypeName, id) : null);
        Field(p => p.At).Description("When the money moved.");
    }
}
