using GraphQL.Types;
using KnowledgePay.Application.Referrals.Commands.BindReferrer;
using KnowledgePay.Application.Referrals.Commands.RequestWithdrawal;
using KnowledgePay.Application.Referrals.Commands.ReviewPromoter;
using KnowledgePay.Application.Referrals.Commands.ReviewWithdrawal;
using KnowledgePay.Application.Referrals.Commands.SetCommissionRates;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Referrals;

internal sealed class BindReferrerInputGraphType : InputObjectGraphType<BindReferrerCommand>
{
    public BindReferrerInputGraphType()
    {
        Name = "BindReferrerInput";
        Field(c => c.PromoterCode).Description("The promoter's invitation code (8 characters, any case).");
    }
}

internal sealed class ApprovePromoterInputGraphType : InputObjectGraphType<ApprovePromoterCommand>
{
    public ApprovePromoterInputGraphType()
    {
        Name = "ApprovePromoterInput";
        this.IdField("promoterId", PromoterGraphType.TypeName);
    }
}

internal sealed class SuspendPromoterInputGraphType : InputObjectGraphType<SuspendPromoterCommand>
{
    public SuspendPromoterInputGraphType()
    {
        Name = "SuspendPromoterInput";
        this.IdField("promoterId", PromoterGraphType.TypeName);
    }
}

internal sealed class SetCommissionRatesInputGraphType : InputObjectGraphType<SetCommissionRatesCommand>
{
    public SetCommissionRatesInputGraphType()
    {
        Name = "SetCommissionRatesInput";
        Description = "A course or an offer (exactly one) and its rates in basis points (1000 = 10%), together at most 10000.";
        this.OptionalIdField("courseId", CourseGraphType.TypeName).Description("The course.");
        this.OptionalIdField("offerId", OfferGraphType.TypeName).Description("The bundle or plan.");
        Field(c => c.Level1Bp).Description("The buyer's referrer's rate, 0 to 10000.");
        Field(c => c.Level2Bp).Description("The referrer's upline's rate, 0 to 10000.");
    }
}

internal sealed class RequestWithdrawalInputGraphType : InputObjectGraphType<RequestWithdrawalCommand>
{
    public RequestWithdrawalInputGraphType()
    {
        Name = "RequestWithdrawalInput";
        Field(c => c.AmountFen).Description("In fen: at least 1, at most the available (valid) balance.");
        Field(c => c.IdempotencyKey).Description("8 to 64 characters; a retry with the same key returns the same withdrawal.");
    }
}

internal sealed class ApproveWithdrawalInputGraphType : InputObjectGraphType<ApproveWithdrawalCommand>
{
    public ApproveWithdrawalInputGraphType()
    {
        Name = "ApproveWithdrawalInput";
        this.IdField("withdrawalId", WithdrawalGraphType.TypeName);
    }
}

internal sealed class RejectWithdrawalInputGraphType : InputObjectGraphType<RejectWithdrawalCommand>
{
    public RejectWithdrawalInputGraphType()
    {
        Name = "RejectWithdrawalInput";
        this.IdField("withdrawalId", WithdrawalGraphType.TypeName);
        Field(c => c.Reason).Description("Why, for the promoter; 1 to 200 characters.");
    }
}

internal sealed class MarkWithdrawalPaidInputGraphType : InputObjectGraphType<MarkWithdrawalPaidCommand>
{
    public MarkWithdrawalPaidInputGraphType()
    {
        Name = "MarkWithdrawalPaidInput";
        this.IdField("withdrawalId", WithdrawalGraphType.TypeName);
        Field(c => c.Reference).Description("The payout's reference (a transfer number), 1 to 64 characters.");
    }
}
