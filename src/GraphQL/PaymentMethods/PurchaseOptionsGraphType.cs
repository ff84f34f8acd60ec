using GraphQL.Types;
using KnowledgePay.Application.PaymentMethods;

namespace KnowledgePay.GraphQL.PaymentMethods;

internal sealed class PurchaseOptionsGraphType : ObjectGraphType<PurchaseOptionsDto>
{
    public PurchaseOptionsGraphType()
    {
        Name = "PurchaseOptions";
        Description = "How the viewer may buy on the platform the mini program runs on (X-Client-Platform header): on iOS WeChat "
            + "allows virtual content only through Virtual Payment, or not at all with prices hidden.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentMethodGraphType>>>>("methods")
            .Description("The methods checkout accepts from this viewer, the pay sheet's choices; empty when they cannot buy.")
            .Resolve(ctx => ctx.Source.Methods);
        Field(p => p.CanBuy).Description("Whether the viewer can buy it now: at least one method, and (on a course) the course is on sale.");
        Field(p => p.PricesHidden).Description("Whether prices are hidden from this viewer (they are null): show no price and no buy button.");
    }
}
