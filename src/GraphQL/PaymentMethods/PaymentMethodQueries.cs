using GraphQL.Types;
using KnowledgePay.Application.PaymentMethods.Queries.GetPaymentMethods;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.PaymentMethods;

internal static class PaymentMethodQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentMethodGraphType>>>>("paymentMethods")
            .Description("The methods the signed-in buyer may pay with on their platform (X-Client-Platform header), for the pay "
                + "sheet; empty when nothing can be bought there.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetPaymentMethodsQuery()));
}
