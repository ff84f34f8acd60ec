using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Privacy.Queries.GetPrivacyRequests;

internal sealed class GetPrivacyRequestsQueryValidator : AbstractValidator<GetPrivacyRequestsQuery>
{
    public GetPrivacyRequestsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<PrivacyRequestDto>()).OverridePropertyName(string.Empty);
}
