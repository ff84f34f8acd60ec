using GraphQL.Types;
using KnowledgePay.Application.Agreements.Queries.GetMyAgreementsToAccept;
using KnowledgePay.Application.Agreements.Queries.GetMyConsentHistory;
using KnowledgePay.Application.Identity.Queries.GetMe;
using KnowledgePay.Application.Privacy.Queries.GetMyPrivacyRequests;
using KnowledgePay.Application.Profiles.Queries.GetMyPortrait;
using KnowledgePay.Application.Risk.Queries.GetMyRestrictions;
using KnowledgePay.GraphQL.Agreements;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Privacy;
using KnowledgePay.GraphQL.Profiles;
using KnowledgePay.GraphQL.Risk;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class MeGraphType : ObjectGraphType<MeDto>
{
    public MeGraphType()
    {
        Name = "Me";
        Description = "The signed-in user's own account.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The user's global id.")
            .Resolve(ctx => GlobalId.Encode("User", ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .Description("What the user may do.")
            .Resolve(ctx => ctx.Source.Roles);
        Field(m => m.PhoneNumber, nullable: true)
            .Description("The phone number bound through WeChat, masked (138****5678), if any; the full number is in the data export.");
        Field(m => m.Profile, type: typeof(NonNullGraphType<ProfileGraphType>)).Description("The profile the user controls.");
        Field(m => m.HeldNickname, nullable: true)
            .Description("A new nickname waiting for a moderator (content screening held it); profile.nickname stays the shown one until it is approved.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("interestTagIds")
            .Description("Global ids of the catalogue tags chosen at onboarding.")
            .Resolve(ctx => ctx.Source.InterestTagIds.Select(id => GlobalId.Encode(TagGraphType.TypeName, id)));
        Field(m => m.PersonalisationConsent).Description("Whether recommendations may use the profile and activity.");
        Field(m => m.CreatedAt).Description("When the user first logged in.");
        Field(m => m.LastLoginAt).Description("The latest login.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrivacyRequestGraphType>>>>("privacyRequests")
            .Description("The user's data export and account deletion requests, newest first. Read with the access token (in the "
                + "payload of login or refreshToken it answers AUTH_NOT_AUTHENTICATED).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyPrivacyRequestsQuery()));
        Field<UserPortraitGraphType>("portrait")
            .Description("The user's 用户画像 computed from their behaviour and choices (interests, categories, price band, activity). "
                + "Read with the access token, as privacyRequests.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyPortraitQuery()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskRestrictionGraphType>>>>("restrictions")
            .Description("What a risk flag currently holds back from the account (NO_LEARNER_REFUNDS: refunds go through customer "
                + "service); empty for nearly everyone. Read with the access token, as privacyRequests.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyRestrictionsQuery()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementVersionGraphType>>>>("agreementsToAccept")
            .Description("The agreement versions the user still has to accept (acceptAgreement), empty when up to date: ask right "
                + "after login, and again when a new version requires it. Read with the access token, as privacyRequests.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyAgreementsToAcceptQuery()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentChangeGraphType>>>>("consentHistory")
            .Description("Every personalisation and marketing consent change and agreement acceptance of the user, oldest first. "
                + "Read with the access token, as privacyRequests.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyConsentHistoryQuery()));
    }
}
