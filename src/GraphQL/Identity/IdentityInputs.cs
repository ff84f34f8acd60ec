using GraphQL.Types;
using KnowledgePay.Application.Identity.Commands.BindPhone;
using KnowledgePay.Application.Identity.Commands.Login;
using KnowledgePay.Application.Identity.Commands.Logout;
using KnowledgePay.Application.Identity.Commands.Refresh;
using KnowledgePay.Application.Identity.Commands.UpdateProfile;
using KnowledgePay.Domain.Identity;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class LoginInputGraphType : InputObjectGraphType<LoginCommand>
{
    public LoginInputGraphType()
    {
        Name = "LoginInput";
        Field(c => c.Code).Description("The code wx.login just returned; single use, valid for 5 minutes.");
        Field(c => c.PhoneCode, nullable: true)
            .Description("The phone button's code (getPhoneNumber): the step-up proof an account under review needs "
                + "(LoginStepUpRequiredError); it must confirm the account's bound phone number, or binds it when there is none.");
    }
}

internal sealed class RefreshTokenInputGraphType : InputObjectGraphType<RefreshTokenCommand>
{
    public RefreshTokenInputGraphType()
    {
        Name = "RefreshTokenInput";
        Field(c => c.RefreshToken).Description("The latest refresh token of the session; it is spent by this call.");
    }
}

internal sealed class LogoutInputGraphType : InputObjectGraphType<LogoutCommand>
{
    public LogoutInputGraphType()
    {
        Name = "LogoutInput";
        Field(c => c.RefreshToken).Description("Any refresh token of the session to end.");
    }
}

internal sealed class BindPhoneInputGraphType : InputObjectGraphType<BindPhoneCommand>
{
    public BindPhoneInputGraphType()
    {
        Name = "BindPhoneInput";
        Field(c => c.Code).Description("The code of the mini program's getPhoneNumber button.");
    }
}

internal sealed class UpdateProfileInputGraphType : InputObjectGraphType<UpdateProfileCommand>
{
    public UpdateProfileInputGraphType()
    {
        Name = "UpdateProfileInput";
        Description = "Replaces the whole profile: text fields left out are cleared.";
        Field(c => c.Nickname, nullable: true).Description($"Up to {IdentityLimits.NicknameLength} characters.");
        Field(c => c.AvatarUrl, nullable: true).Description("An absolute https URL.");
        Field(c => c.Gender, type: typeof(NonNullGraphType<GenderGraphType>));
        Field(c => c.AgeBand, type: typeof(NonNullGraphType<AgeBandGraphType>));
        Field(c => c.Occupation, nullable: true).Description($"Up to {IdentityLimits.OccupationLength} characters.");
        Field(c => c.City, nullable: true).Description($"Up to {IdentityLimits.CityLength} characters.");
        this.IdListField("interestTagIds", TagGraphType.TypeName).Description($"Catalogue tags the user is interested in, at most {IdentityLimits.MaxInterestTags}.");
        Field(c => c.PersonalisationConsent).Description("Whether recommendations may use the profile and activity.");
    }
}
