using FluentValidation;

namespace KnowledgePay.Application.Analytics.Cohorts;

internal sealed class GetCohortsQueryValidator : AbstractValidator<GetCohortsQuery>
{
    public GetCohortsQueryValidator()
    {
        RuleFor(q => q.Periods).InclusiveBetween(1, GetCohortsQuery.MaxPeriods);
        RuleFor(q => q.Basis).IsInEnum();
    }
}
