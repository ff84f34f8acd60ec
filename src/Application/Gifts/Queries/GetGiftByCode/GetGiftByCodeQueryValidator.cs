using FluentValidation;
using KnowledgePay.Domain.Gifts;

namespace KnowledgePay.Application.Gifts.Queries.GetGiftByCode;

internal sealed class GetGiftByCodeQueryValidator : AbstractValidator<GetGiftByCodeQuery>
{
    public GetGiftByCodeQueryValidator() => RuleFor(q => q.Code).NotEmpty().MaximumLength(GiftLimits.ClaimCodeLength);
}
