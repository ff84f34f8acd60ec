using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Wallets.Queries.GetWallets;

internal sealed class GetWalletsQueryValidator : AbstractValidator<GetWalletsQuery>
{
    public GetWalletsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<WalletDto>()).OverridePropertyName(string.Empty);
}
