using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Messaging.Queries.GetSubscriptionMessages;

internal sealed class GetSubscriptionMessagesQueryValidator : AbstractValidator<GetSubscriptionMessagesQuery>
{
    public GetSubscriptionMessagesQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<SubscriptionMessageDto>()).OverridePropertyName(string.Empty);
}
