using GraphQL.Types;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Referrals;

internal sealed class CommissionGraphType : ObjectGraphType<CommissionDto>
{
    public CommissionGraphType()
    {
        Name = "Commission";
        Description = "What a promoter earns on one paid order line at one level.";
        this.GlobalIdField(Name, c => c.Id);
        Field<NonNullGraphType<IdGraphType>>("orderId")
            .Description("The global id of the order.")
            .Resolve(ctx => GlobalId.Encode(OrderGraphType.TypeName, ctx.Source.OrderId));
        this.AddOfferFields(c => c.Kind, c => c.OfferId);
        Field(c => c.Level).Description("1: the buyer's referrer; 2: the referrer's upline.");
        Field(c => c.LineAmountFen).Description("What the buyer paid for the line, in fen.");
        Field(c => c.RateBp).Description("The rate in basis points (1000 = 10%).");
        Field(c => c.AmountFen).Description("floor(line amount × rate ÷ 10000), in fen.");
        Field(c => c.ReversedFen).Description("What refunds of the line took back, in fen.");
        Field(c => c.State, type: typeof(NonNullGraphType<CommissionStateGraphType>)).Description("Where it stands.");
        Field(c => c.CreatedAt).Description("When the order was paid.");
        Field(c => c.ValidAfter).Description("When the refund window ends and it becomes valid.");
        Field(c => c.ValidAt, nullable: true).Description("When it became valid.");
        Field(c => c.ReversedAt, nullable: true).Description("When a refund took all of it back.");
    }
}

internal sealed class WithdrawalGraphType : ObjectGraphType<WithdrawalDto>
{
    public const string TypeName = "Withdrawal";

    public WithdrawalGraphType()
    {
        Name = TypeName;
        Description = "A promoter's request to be paid valid commission; operators pay it outside the app and record it.";
        this.GlobalIdField(Name, w => w.Id);
        Field<NonNullGraphType<IdGraphType>>("promoterId")
            .Description("The global id of the promoter.")
            .Resolve(ctx => GlobalId.Encode(PromoterGraphType.TypeName, ctx.Source.PromoterId));
        Field(w => w.AmountFen).Description("In fen.");
        Field(w => w.Status, type: typeof(NonNullGraphType<WithdrawalStatusGraphType>)).Description("Where it stands.");
        Field(w => w.RequestedAt).Description("When the promoter asked.");
        Field(w => w.ReviewedAt, nullable: true).Description("When an admin approved or rejected it.");
        Field(w => w.RejectReason, nullable: true).Description("Why it was rejected.");
        Field(w => w.PayoutReference, nullable: true).Description("The operator's reference of the payout.");
        Field(w => w.PaidAt, nullable: true).Description("When the payout was recorded.");
    }
}

internal sealed class ReferralGraphType : ObjectGraphType<ReferralDto>
{
    public ReferralGraphType()
    {
        Name = "Referral";
        Description = "Someone bound to the caller as their referrer, masked.";
        this.GlobalIdField(Name, r => r.Id);
        Field(r => r.Nickname, nullable: true).Description("Their nickname's first character and **; null when they shared none.");
        Field(r => r.BoundAt).Description("When they were bound.");
        Field(r => r.ExpiresAt, nullable: true).Description("When the binding ends; null: never.");
    }
}
