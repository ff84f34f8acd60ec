using GraphQL.Types;
using KnowledgePay.Application.Referrals.Commands.BindReferrer;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.Application.Referrals.Queries.CheckCommissionBooks;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Referrals;

internal sealed class ReferrerBindingGraphType : ObjectGraphType<BindReferrerResult>
{
    public ReferrerBindingGraphType()
    {
        Name = "ReferrerBinding";
        Description = "The caller's referrer after bindReferrer.";
        Field(b => b.PromoterCode).Description("The referrer's invitation code.");
        Field(b => b.BoundAt).Description("Since when (a kept first-touch binding keeps its date).");
        Field(b => b.ExpiresAt, nullable: true).Description("Until when; null: for good.");
    }
}

internal sealed class CommissionRatesGraphType : ObjectGraphType<CommissionRateDto>
{
    public CommissionRatesGraphType()
    {
        Name = "CommissionRates";
        Description = "A course's or offer's own commission rates in basis points.";
        Field<IdGraphType>("courseId")
            .Description("The course, when the rates are a course's.")
            .Resolve(ctx => ctx.Source.CourseId is { } id ? GlobalId.Encode(CourseGraphType.TypeName, id) : null);
        Field<IdGraphType>("offerId")
            .Description("The bundle or plan, when the rates are an offer's.")
            .Resolve(ctx => ctx.Source.OfferId is { } id ? GlobalId.Encode(OfferGraphType.TypeName, id) : null);
        Field(r => r.Level1Bp).Description("The buyer's referrer's rate.");
        Field(r => r.Level2Bp).Description("The referrer's upline's rate.");
    }
}

internal sealed class CommissionBooksGraphType : ObjectGraphType<CommissionBooksDto>
{
    public CommissionBooksGraphType()
    {
        Name = "CommissionBooks";
        Description = "The commission ledger summed over all promoters, in fen, and whatever keeps it from balancing.";
        Field<NonNullGraphType<BooleanGraphType>>("balanced")
            .Description("True when the ledger adds up to zero and, for every promoter, the ledger, their stored balances, their "
                + "commissions and their withdrawals agree.")
            .Resolve(ctx => ctx.Source.IsBalanced);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommissionBookProblemGraphType>>>>("problems")
            .Description($"What disagrees (at most {CheckCommissionBooksQuery.MaxProblems}); empty when balanced.")
            .Resolve(ctx => ctx.Source.Problems);
        Field(b => b.AccruedFen).Description("Every commission ever earned.");
        Field(b => b.ReversedFen).Description("Taken back by refunds.");
        Field(b => b.PendingFen).Description("Waiting for refund windows.");
        Field(b => b.ValidFen).Description("Withdrawable (net of what promoters owe).");
        Field(b => b.HeldFen).Description("Held by open withdrawals.");
        Field(b => b.PaidOutFen).Description("Paid out by operators.");
        Field(b => b.PlatformFen).Description("The platform's side: minus everything above, net of reversals.");
        Field(b => b.OwedFen).Description("What promoters owe back after refunds of commission already withdrawn.");
    }
}

internal sealed class CommissionBookProblemGraphType : ObjectGraphType<CommissionBookProblemDto>
{
    public CommissionBookProblemGraphType()
    {
        Name = "CommissionBookProblem";
        Description = "One reason the commission ledger does not balance.";
        Field<IdGraphType>("promoterId")
            .Description("The promoter whose records disagree; null for the ledger as a whole.")
            .Resolve(ctx => ctx.Source.PromoterId is { } id ? GlobalId.Encode(PromoterGraphType.TypeName, id) : null);
        Field(p => p.Message).Description("What disagrees, with the amounts.");
    }
}
