using FluentValidation;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Identity.Queries.GetUsersByPhone;

internal sealed class GetUsersByPhoneQueryValidator : AbstractValidator<GetUsersByPhoneQuery>
{
    public GetUsersByPhoneQueryValidator() =>
        RuleFor(q => q.PhoneNumber).NotEmpty().MaximumLength(IdentityLimits.PhoneNumberLength);
}
