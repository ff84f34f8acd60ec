using FluentValidation;
using KnowledgePay.Domain.Agreements;

namespace KnowledgePay.Application.Agreements.Commands.AcceptAgreement;

internal sealed class AcceptAgreementCommandValidator : AbstractValidator<AcceptAgreementCommand>
{
    public AcceptAgreementCommandValidator()
    {
        RuleFor(c => c.VersionId).NotEmpty();
        RuleFor(c => c.Platform).IsInEnum();
        RuleFor(c => c.ClientVersion).MaximumLength(AgreementLimits.ClientVersionLength);
    }
}
