using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Referrals.Commands.ApplyAsPromoter;
using KnowledgePay.Application.Referrals.Commands.BindReferrer;
using KnowledgePay.Application.Referrals.Commands.RequestWithdrawal;
using KnowledgePay.Application.Referrals.Commands.ReviewPromoter;
using KnowledgePay.Application.Referrals.Commands.ReviewWithdrawal;
using KnowledgePay.Application.Referrals.Commands.SetCommissionRates;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Referrals;

internal static class ReferralMutations
{
    private static readonly (string, Type, string) Promoter = ("promoter", typeof(PromoterGraphType), "The promoter; null when errors is set.");
    private static readonly (string, Type, string) Withdrawal = ("withdrawal", typeof(WithdrawalGraphType), "The withdrawal; null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField("applyAsPromoter", Promoter, typeof(ConflictErrorGraphType))
            .Description("Signed-in users: become a promoter — approved at once when Referrals:PromoterPolicy is Open, "
                + "else APPLIED until an admin approves. Applying again returns the record as it stands.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new ApplyAsPromoterCommand()));

        mutation.MutationField<BindReferrerInputGraphType>(
                "bindReferrer",
                ("binding", typeof(ReferrerBindingGraphType), "The caller's referrer; null when errors is set."),
                typeof(PromoterCodeUnknownErrorGraphType), typeof(SelfReferralErrorGraphType), typeof(ReferralCycleErrorGraphType),
                typeof(AlreadyBoundErrorGraphType), typeof(PromoterInactiveErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in users: accept a promoter's invitation code; the promoter earns on what the caller buys while "
                + "the binding lasts (Referrals:Binding).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<BindReferrerCommand>("input")));

        mutation.MutationField<ApprovePromoterInputGraphType>("approvePromoter", Promoter, typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: approve an applicant, or a suspended promoter again.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ApprovePromoterCommand>("input")));

        mutation.MutationField<SuspendPromoterInputGraphType>(
                "suspendPromoter", Promoter, typeof(NotFoundErrorGraphType), typeof(PromoterStatusErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: suspend a promoter: nobody new binds to them, they earn nothing new; what they earned stays.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<SuspendPromoterCommand>("input")));

        mutation.MutationField<SetCommissionRatesInputGraphType>(
                "setCommissionRates",
                ("rates", typeof(CommissionRatesGraphType), "The rates; null when errors is set."),
                typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: a course's or offer's own commission rates (else Referrals:DefaultRates), for orders paid from now on.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<SetCommissionRatesCommand>("input")));

        mutation.MutationField<RequestWithdrawalInputGraphType>(
                "requestWithdrawal", Withdrawal,
                typeof(NotAPromoterErrorGraphType), typeof(WithdrawalExceedsBalanceErrorGraphType), typeof(WithdrawalKeyReusedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Promoters: ask to be paid part of the valid balance, which is held until an admin rejects or pays it.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RequestWithdrawalCommand>("input")));

        mutation.MutationField<ApproveWithdrawalInputGraphType>(
                "approveWithdrawal", Withdrawal, typeof(NotFoundErrorGraphType), typeof(WithdrawalNotOpenErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: approve a requested withdrawal for payout.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ApproveWithdrawalCommand>("input")));

        mutation.MutationField<RejectWithdrawalInputGraphType>(
                "rejectWithdrawal", Withdrawal, typeof(NotFoundErrorGraphType), typeof(WithdrawalNotOpenErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: reject an open withdrawal; its amount is withdrawable again.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RejectWithdrawalCommand>("input")));

        mutation.MutationField<MarkWithdrawalPaidInputGraphType>(
                "markWithdrawalPaid", Withdrawal, typeof(NotFoundErrorGraphType), typeof(WithdrawalNotOpenErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: record that an approved withdrawal was paid outside the app (no transfer API), with its reference.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<MarkWithdrawalPaidCommand>("input")));
    }
}
