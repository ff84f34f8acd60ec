using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Moderation.Queries.GetModerationQueue;

internal sealed class GetModerationQueueQueryValidator : AbstractValidator<GetModerationQueueQuery>
{
    public GetModerationQueueQueryValidator()
    {
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Kind).IsInEnum();
    }
}
