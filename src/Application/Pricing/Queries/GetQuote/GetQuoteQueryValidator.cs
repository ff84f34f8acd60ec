using FluentValidation;

namespace KnowledgePay.Application.Pricing.Queries.GetQuote;

internal sealed class GetQuoteQueryValidator : AbstractValidator<GetQuoteQuery>
{
    public GetQuoteQueryValidator()
    {
        RuleFor(q => q.Lines).Cart();
        RuleFor(q => q.CouponCode).CouponCode();
    }
}
