using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Wallets.Commands.AdjustWallet;
using KnowledgePay.Application.Wallets.Commands.TopUp;
using KnowledgePay.GraphQL.Conventions.Mutations;
using KnowledgePay.GraphQL.PaymentMethods;

namespace KnowledgePay.GraphQL.Wallets;

internal static class WalletMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<TopUpInputGraphType>(
                "topUp",
                ("topUp", typeof(TopUpGraphType), "The top-up and its pending order; null when errors is set."),
                typeof(TopUpAmountInvalidErrorGraphType), typeof(WalletClientKeyReusedErrorGraphType),
                typeof(PaymentMethodNotAllowedErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in users: places a top-up of the balance (with the bonus its tier earns now) and its order; "
                + "pay the order with checkout(method: WECHAT_PAY). A retry with the same clientKey returns the same top-up. "
                + "Refused with PaymentMethodNotAllowedError where WeChat Pay is not offered (iOS).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<TopUpCommand>("input")));

        mutation.MutationField<AdjustWalletInputGraphType>(
                "adjustWallet",
                ("wallet", typeof(WalletGraphType), "The wallet after the adjustment; null when errors is set."),
                typeof(NotFoundErrorGraphType), typeof(InsufficientBalanceErrorGraphType), typeof(WalletAdjustmentInvalidErrorGraphType),
                typeof(WalletClientKeyReusedErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: adds to (bonus pot) or takes from a user's balance, with a reason kept in the audit log. "
                + "A retry with the same clientKey adjusts once.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<AdjustWalletCommand>("input")));
    }
}
