using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Wallets.Queries.GetWalletEntries;

internal sealed class GetWalletEntriesQueryValidator : AbstractValidator<GetWalletEntriesQuery>
{
    public GetWalletEntriesQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<WalletEntryDto>()).OverridePropertyName(string.Empty);
}
