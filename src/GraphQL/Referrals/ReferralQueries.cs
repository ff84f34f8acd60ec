using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.Application.Referrals.Queries.CheckCommissionBooks;
using KnowledgePay.Application.Referrals.Queries.GetMyPromoter;
using KnowledgePay.Application.Referrals.Queries.GetMyReferrals;
using KnowledgePay.Application.Referrals.Queries.GetPromoters;
using KnowledgePay.Application.Referrals.Queries.GetWithdrawals;
using KnowledgePay.Domain.Referrals;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Referrals;

internal static class ReferralQueries
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<PromoterGraphType>("myPromoter")
            .Description("Signed-in users: their promoter record, code and earnings; null when they are not a promoter.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyPromoterQuery()));

        query.Field<NonNullGraphType<ConnectionGraphType<ReferralGraphType, ReferralDto>>, Page<ReferralDto>>("myReferrals")
            .Description("Signed-in users: the people bound to them as their referrer, newest first, nicknames masked.")
            .PageArguments()
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyReferralsQuery(PromoterGraphType.Page(ctx), ctx.AsksForTotalCount())));

        query.Field<NonNullGraphType<ConnectionGraphType<PromoterGraphType, PromoterDto>>, Page<PromoterDto>>("promoters")
            .Description("Admins: the promoters, newest first, with their earnings.")
            .PageArguments()
            .Argument<PromoterStatusGraphType>("status", "Only promoters in this status (APPLIED: waiting for approval).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetPromotersQuery(
                ctx.GetArgument<PromoterStatus?>("status"), PromoterGraphType.Page(ctx), ctx.AsksForTotalCount())));

        query.Field<NonNullGraphType<ConnectionGraphType<WithdrawalGraphType, WithdrawalDto>>, Page<WithdrawalDto>>("withdrawals")
            .Description("Admins: every promoter's withdrawals, newest first.")
            .PageArguments()
            .Argument<WithdrawalStatusGraphType>("status", "Only withdrawals in this status (REQUESTED: to review; APPROVED: to pay).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetWithdrawalsQuery(
                null, ctx.GetArgument<WithdrawalStatus?>("status"), PromoterGraphType.Page(ctx), ctx.AsksForTotalCount())));

        query.Field<NonNullGraphType<CommissionBooksGraphType>>("commissionBooks")
            .Description("Admins: whether the commission ledger balances, and its totals.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new CheckCommissionBooksQuery()));
    }

    private static FieldBuilder<object?, TReturn> PageArguments<TReturn>(this FieldBuilder<object?, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(PageValidator, PromoterGraphType.Page(ctx)));
}
