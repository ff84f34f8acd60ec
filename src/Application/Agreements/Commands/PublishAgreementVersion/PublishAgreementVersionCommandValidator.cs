using FluentValidation;
using KnowledgePay.Domain.Agreements;

namespace KnowledgePay.Application.Agreements.Commands.PublishAgreementVersion;

internal sealed class PublishAgreementVersionCommandValidator : AbstractValidator<PublishAgreementVersionCommand>
{
    public PublishAgreementVersionCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.VersionLabel).NotEmpty().MaximumLength(AgreementLimits.VersionLabelLength);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(AgreementLimits.TitleLength);
        RuleFor(c => c.Body).MaximumLength(AgreementLimits.BodyLength)
            .Must((command, body) => string.IsNullOrWhiteSpace(body) != string.IsNullOrWhiteSpace(command.Url))
            .WithMessage("Give either the body text or the URL where the version is published, not both.");
        RuleFor(c => c.Url).MaximumLength(AgreementLimits.UrlLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            .When(c => !string.IsNullOrWhiteSpace(c.Url))
            .WithMessage("The URL must be an absolute https URL.");
    }
}
