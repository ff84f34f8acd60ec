using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Bookkeeping.Queries.GetJournal;

internal sealed class GetJournalQueryValidator : AbstractValidator<GetJournalQuery>
{
    public GetJournalQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<JournalPostingDto>()).OverridePropertyName(string.Empty);
}
