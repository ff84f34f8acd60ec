using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.Application.Referrals.Queries.GetCommissions;
using KnowledgePay.Application.Referrals.Queries.GetWithdrawals;
using KnowledgePay.Domain.Referrals;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Referrals;

/// <summary>A promoter as they themself (myPromoter) and admins (promoters) see them; nobody else reaches one.</summary>
internal sealed class PromoterGraphType : ObjectGraphType<PromoterDto>
{
    public const string TypeName = "Promoter";

    private static readonly PageRequestValidator PageValidator = new();

    public PromoterGraphType()
    {
        Name = TypeName;
        Description = "A user who earns commission (分销) on what the buyers bound to them pay.";
        this.GlobalIdField(Name, p => p.Id);
        Field<NonNullGraphType<IdGraphType>>("userId")
            .Description("The global id of the promoter's user.")
            .Resolve(ctx => GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, ctx.Source.UserId));
        Field(p => p.Code).Description("The invitation code others bind with (bindReferrer).");
        Field(p => p.Status, type: typeof(NonNullGraphType<PromoterStatusGraphType>)).Description("Whether they may bind buyers and earn.");
        Field<IdGraphType>("uplinePromoterId")
            .Description("The promoter who recruited them, who earns level 2 on their buyers.")
            .Resolve(ctx => ctx.Source.UplinePromoterId is { } id ? GlobalId.Encode(TypeName, id) : null);
        Field(p => p.ReferralCount).Description("How many buyers were ever bound to them.");
        Field(p => p.CreatedAt).Description("When they became a promoter (or applied).");
        Field<NonNullGraphType<EarningsGraphType>>("earnings").Description("Their commission money, in fen.").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<ConnectionGraphType<CommissionGraphType, CommissionDto>>, Page<CommissionDto>>("commissions")
            .Description("Their commissions, newest first.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<CommissionStateGraphType>("state", "Only commissions in this state.")
            .ValidateArguments(ctx => ArgumentChecks.Check(PageValidator, Page(ctx)))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetCommissionsQuery(
                ctx.Source.Id, ctx.GetArgument<CommissionState?>("state"), Page(ctx), ctx.AsksForTotalCount())));
        Field<NonNullGraphType<ConnectionGraphType<WithdrawalGraphType, WithdrawalDto>>, Page<WithdrawalDto>>("withdrawals")
            .Description("Their withdrawals, newest first.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(PageValidator, Page(ctx)))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetWithdrawalsQuery(ctx.Source.Id, null, Page(ctx), ctx.AsksForTotalCount())));
    }

    internal static PageRequest Page(IResolveFieldContext ctx) => new(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"));

    internal static PageRequest Page(FieldArgumentsValidationContext ctx) => new(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"));
}

internal sealed class EarningsGraphType : ObjectGraphType<PromoterDto>
{
    public EarningsGraphType()
    {
        Name = "PromoterEarnings";
        Description = "A promoter's commission money in fen, by where it stands.";
        Field(p => p.PendingFen).Description("Earned on orders still inside their refund window.");
        Field(p => p.ValidFen).Description("Past the window and not withdrawn; below zero when refunds took back commission already withdrawn.");
        Field(p => p.AvailableFen).Description("What may be withdrawn now: the valid balance, never below zero.");
        Field(p => p.HeldFen).Description("Held by withdrawals waiting for an admin or the payout.");
        Field<NonNullGraphType<LongGraphType>>("withdrawnFen").Description("Paid out by operators.").Resolve(ctx => ctx.Source.PaidOutFen);
        Field(p => p.ReversedFen).Description("Taken back because orders were refunded.");
    }
}
