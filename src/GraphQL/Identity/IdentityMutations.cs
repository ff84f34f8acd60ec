using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Identity.Commands;
using KnowledgePay.Application.Identity.Commands.BindPhone;
using KnowledgePay.Application.Identity.Commands.Login;
using KnowledgePay.Application.Identity.Commands.Logout;
using KnowledgePay.Application.Identity.Commands.Refresh;
using KnowledgePay.Application.Identity.Commands.UpdateProfile;
using KnowledgePay.GraphQL.Conventions.Mutations;
using KnowledgePay.GraphQL.Moderation;
using KnowledgePay.GraphQL.Risk;
using DateTimeGraphType = KnowledgePay.GraphQL.Schema.DateTimeGraphType;

namespace KnowledgePay.GraphQL.Identity;

/// <summary>Signing in with WeChat, renewing and ending sessions, and the signed-in user's own account.</summary>
internal static class IdentityMutations
{
    private static readonly (string, Type, string) Me =
        ("me", typeof(MeGraphType), "The account as it stands after the change; null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<LoginInputGraphType>(
                "login",
                SessionFields,
                typeof(LoginCodeInvalidErrorGraphType),
                typeof(LoginRateLimitedErrorGraphType),
                typeof(LoginBlockedErrorGraphType),
                typeof(WeChatUnavailableErrorGraphType),
                typeof(LoginStepUpRequiredErrorGraphType),
                typeof(LoginStepUpFailedErrorGraphType),
                typeof(PhoneCodeInvalidErrorGraphType),
                typeof(PhoneRateLimitedErrorGraphType),
                typeof(UserInvalidPhoneNumberErrorGraphType))
            .Description("Signs in with a wx.login code (creating the account on first login) and opens a session. "
                + "Send the access token as `Authorization: Bearer <accessToken>`, and the app's device id as `X-Device-Id` "
                + "on every request.")
            .ResolveAsync(ctx => ctx.RunLoginMutationAsync(ctx.GetArgument<LoginCommand>("input")));

        mutation.MutationField<RefreshTokenInputGraphType>(
                "refreshToken",
                SessionFields,
                typeof(RefreshTokenInvalidErrorGraphType),
                typeof(RefreshTokenExpiredErrorGraphType),
                typeof(RefreshTokenRevokedErrorGraphType),
                typeof(RefreshTokenReusedErrorGraphType),
                typeof(LoginRateLimitedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Renews a session: spends the refresh token and returns a new access token and refresh token. "
                + "Presenting a spent refresh token again ends the whole session.")
            .ResolveAsync(ctx => ctx.RunLoginMutationAsync(ctx.GetArgument<RefreshTokenCommand>("input")));

        mutation.MutationField<LogoutInputGraphType>(
                "logout",
                payload => payload.Field<BooleanGraphType>("success")
                    .Description("True once the session is ended (also when it already was); null when errors is set.")
                    .Resolve(ctx => ctx.Source.Errors is null))
            .Description("Ends the session a refresh token belongs to; needs no access token.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<LogoutCommand>("input")));

        mutation.MutationField<BindPhoneInputGraphType>(
                "bindPhone",
                Me,
                typeof(PhoneCodeInvalidErrorGraphType),
                typeof(PhoneRateLimitedErrorGraphType),
                typeof(WeChatUnavailableErrorGraphType),
                typeof(UserInvalidPhoneNumberErrorGraphType))
            .Description("Signed-in users: stores the phone number WeChat confirms for the phone button's code.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<BindPhoneCommand>("input")));

        mutation.MutationField<UpdateProfileInputGraphType>(
                "updateProfile",
                Me,
                typeof(UserInvalidProfileErrorGraphType),
                typeof(UserTooManyInterestsErrorGraphType),
                typeof(UserUnknownInterestsErrorGraphType),
                typeof(ContentRefusedErrorGraphType))
            .Description("Signed-in users: replaces their profile, interests and personalisation consent. A new nickname is "
                + "screened: refused (ContentRefusedError) changes nothing; held keeps the old nickname shown and puts the new one "
                + "(me.heldNickname) in the moderation queue until a moderator approves it.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateProfileCommand>("input")));
    }

    /// <summary>The session a login or refresh opens; every field is null when errors is set.</summary>
    private static void SessionFields(ObjectGraphType<MutationPayload> payload)
    {
        payload.Field<StringGraphType>("accessToken")
            .Description("Short-lived; send it as `Authorization: Bearer <accessToken>`.")
            .Resolve(ctx => Tokens(ctx)?.AccessToken);
        payload.Field<DateTimeGraphType>("accessTokenExpiresAt")
            .Description("Renew with refreshToken before this.")
            .Resolve(ctx => Tokens(ctx)?.AccessTokenExpiresAt);
        payload.Field<StringGraphType>("refreshToken")
            .Description("Single use: keep it secret and swap it for a new session with the refreshToken mutation.")
            .Resolve(ctx => Tokens(ctx)?.RefreshToken);
        payload.Field<DateTimeGraphType>("refreshTokenExpiresAt")
            .Description("After this the user has to log in again.")
            .Resolve(ctx => Tokens(ctx)?.RefreshTokenExpiresAt);
        payload.Field<MeGraphType>("me")
            .Description("The signed-in account.")
            .Resolve(ctx => Tokens(ctx)?.Me);
    }

    private static AuthTokens? Tokens(IResolveFieldContext<MutationPayload> context) => context.Source.Result as AuthTokens;
}
