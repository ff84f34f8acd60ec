using FluentValidation;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Identity.Commands.UpdateProfile;

internal sealed class UpdateProfileCommandValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator()
    {
        RuleFor(c => c.Nickname).MaximumLength(IdentityLimits.NicknameLength);
        RuleFor(c => c.AvatarUrl)
            .MaximumLength(IdentityLimits.UrlLength)
            .Must(BeAnHttpsUrl).When(c => !string.IsNullOrWhiteSpace(c.AvatarUrl))
            .WithMessage("'Avatar Url' must be an absolute https URL.");
        RuleFor(c => c.Gender).IsInEnum();
        RuleFor(c => c.AgeBand).IsInEnum();
        RuleFor(c => c.Occupation).MaximumLength(IdentityLimits.OccupationLength);
        RuleFor(c => c.City).MaximumLength(IdentityLimits.CityLength);
        RuleFor(c => c.InterestTagIds)
            .Must(ids => ids.Distinct().Count() <= IdentityLimits.MaxInterestTags)
            .WithMessage($"Choose at most {IdentityLimits.MaxInterestTags} interests.");
        RuleForEach(c => c.InterestTagIds).NotEmpty();
    }

    private static bool BeAnHttpsUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
