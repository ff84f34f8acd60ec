using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.RedeemCodes.Commands.GenerateRedeemCodes;
using KnowledgePay.Application.RedeemCodes.Commands.RedeemCode;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.RedeemCodes;

/// <summary>卡密: admins mint batches of single-use codes for channel sales; users redeem one for what it gives.</summary>
internal static class RedeemCodeMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<GenerateRedeemCodesInputGraphType>(
                "generateRedeemCodes",
                ("batch", typeof(RedeemCodeBatchExportGraphType), "The batch with its codes; null when errors is set."),
                typeof(NotFoundErrorGraphType),
                typeof(RedeemCodeBatchInvalidErrorGraphType))
            .Description("Admins: mints a batch of single-use codes for a course or offer, valid until expiresAt. The answer "
                + "is the only export: only hashes of the codes are stored, so save the codes or the CSV now.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<GenerateRedeemCodesCommand>("input")));

        mutation.MutationField<RedeemCodeInputGraphType>(
                "redeemCode",
                ("redeemed", typeof(RedeemedOfferGraphType), "What the code gave; null when errors is set."),
                typeof(RedeemCodeInvalidErrorGraphType),
                typeof(RedeemCodeUsedErrorGraphType),
                typeof(RedeemCodeExpiredErrorGraphType),
                typeof(RedeemRateLimitedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users: spends a redeem code and receives what it gives. Each code works once; wrong "
                + "codes count against the account and the address, and too many lead to RedeemRateLimitedError for a while.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(
                ctx.GetArgument<RedeemCodeCommand>("input") with { ClientAddress = ctx.ClientAddress() }));
    }

    private static string ClientAddress(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress?.ToString()
        ?? RedeemCodeCommand.UnknownAddress;
}
