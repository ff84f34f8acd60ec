using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Sales.Commands.EndSale;
using KnowledgePay.Application.Sales.Commands.ScheduleSale;
using KnowledgePay.Application.Sales.Commands.UpdateSale;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Sales;

/// <summary>Limited-time prices and flash sales: creators for their own courses, admins for every offer.</summary>
internal static class SalesMutations
{
    private static readonly (string, Type, string) Sale =
        ("sale", typeof(SaleGraphType), "The sale as it stands after the change; null when errors is set.");

    /// <summary>What setting a sale's terms can meet besides bad input.</summary>
    private static readonly Type[] TermsErrors =
    [
        typeof(NotFoundErrorGraphType), typeof(SaleTitleInvalidErrorGraphType), typeof(SaleWindowInvalidErrorGraphType),
        typeof(SalePriceNotBelowListErrorGraphType), typeof(SalePriceBeyondGuardrailsErrorGraphType),
        typeof(SaleStockInvalidErrorGraphType), typeof(SaleOfferNotSellableErrorGraphType),
    ];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<ScheduleSaleInputGraphType>("scheduleSale", Sale, TermsErrors)
            .Description("Creators (their own courses) and admins: puts an offer on sale at a lower price for a window.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ScheduleSaleCommand>("input")));

        mutation.MutationField<UpdateSaleInputGraphType>(
                "updateSale", Sale, [.. TermsErrors, typeof(SaleEndedErrorGraphType), typeof(ConflictErrorGraphType)])
            .Description("Creators (their own courses) and admins: changes the terms of a sale that has not ended.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateSaleCommand>("input")));

        mutation.MutationField<EndSaleInputGraphType>(
                "endSale", Sale, typeof(NotFoundErrorGraphType), typeof(SaleEndedErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Creators (their own courses) and admins: ends a scheduled or running sale now.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<EndSaleCommand>("input")));
    }
}
