using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Campaigns.Commands.ActivateCampaign;
using KnowledgePay.Application.Campaigns.Commands.CreateCampaign;
using KnowledgePay.Application.Campaigns.Commands.EndCampaign;
using KnowledgePay.Application.Campaigns.Commands.RunCampaign;
using KnowledgePay.Application.Campaigns.Commands.SetMarketingConsent;
using KnowledgePay.Application.Campaigns.Commands.UpdateCampaign;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Campaigns;

/// <summary>Managing campaigns (admins) and marketing consent (each learner their own).</summary>
internal static class CampaignMutations
{
    private static readonly (string, Type, string) Campaign =
        ("campaign", typeof(CampaignGraphType), "The campaign after the change; null when errors is set.");

    private static readonly Type[] DefinitionErrors =
    [
        typeof(NotFoundErrorGraphType), typeof(CampaignNameInvalidErrorGraphType), typeof(CampaignHoldoutRequiredErrorGraphType),
        typeof(CampaignHoldoutInvalidErrorGraphType), typeof(CampaignFrequencyCapInvalidErrorGraphType),
        typeof(CampaignQuietHoursInvalidErrorGraphType), typeof(CampaignConversionWindowInvalidErrorGraphType),
        typeof(CampaignActionInvalidErrorGraphType), typeof(CampaignScheduleInvalidErrorGraphType),
        typeof(CampaignPersonalPriceBelowFloorErrorGraphType),
    ];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateCampaignInputGraphType>("createCampaign", Campaign, DefinitionErrors)
            .Description("Admins: defines a campaign as a draft; it reaches no one until activateCampaign.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateCampaignCommand>("input")));

        mutation.MutationField<UpdateCampaignInputGraphType>(
                "updateCampaign", Campaign, [.. DefinitionErrors, typeof(CampaignNotDraftErrorGraphType), typeof(ConflictErrorGraphType)])
            .Description("Admins: replaces a draft campaign's definition.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateCampaignCommand>("input")));

        mutation.MutationField<ActivateCampaignInputGraphType>(
                "activateCampaign", Campaign, typeof(NotFoundErrorGraphType), typeof(CampaignNotDraftErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: starts a draft campaign. A scheduled one runs at runAt (or runCampaign runs it now); a triggered one "
                + "enrols members as their events happen.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ActivateCampaignCommand>("input")));

        mutation.MutationField<EndCampaignInputGraphType>(
                "endCampaign", Campaign, typeof(NotFoundErrorGraphType), typeof(CampaignNotActiveErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: stops an active campaign; deferred actions are dropped, its results stay.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<EndCampaignCommand>("input")));

        mutation.MutationField<RunCampaignInputGraphType>(
                "runCampaign",
                ("enrolled", typeof(IntGraphType), "Users enrolled by this run (treated and held out); null when errors is set."),
                typeof(NotFoundErrorGraphType), typeof(CampaignNotActiveErrorGraphType), typeof(CampaignNotScheduledErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Admins: runs an active scheduled campaign now: enrols its consenting segment members not enrolled yet, holds "
                + "out its share and acts on the rest (within the frequency cap; messages wait out quiet hours).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RunCampaignCommand>("input")));

        mutation.MutationField<SetMarketingConsentInputGraphType>(
                "setMarketingConsent",
                ("consent", typeof(MarketingConsentGraphType), "The learner's consent after the change; null when errors is set."),
                typeof(MarketingConsentSourceInvalidErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in learners: accept or withdraw marketing (campaign coupons, messages, personal prices) for "
                + "themselves; the time and source are kept with every change.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<SetMarketingConsentCommand>("input")));
    }
}
