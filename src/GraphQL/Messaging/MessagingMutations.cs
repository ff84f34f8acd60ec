using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Messaging.Commands.ReportSubscriptionGrants;
using KnowledgePay.Application.Messaging.Commands.SendSubscriptionMessage;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Messaging;

internal static class MessagingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<ReportSubscriptionGrantsInputGraphType>(
                "reportSubscriptionGrants",
                ("grants", typeof(ListGraphType<NonNullGraphType<SubscriptionGrantGraphType>>), "The caller's grants after the report; null when errors is set."),
                typeof(SubscriptionTemplateUnknownErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users (the mini program): reports what wx.requestSubscribeMessage answered. Each ACCEPT allows "
                + "one more message of its template; BAN stops them until the next ACCEPT. An unknown template id changes nothing.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ReportSubscriptionGrantsCommand>("input")));

        mutation.MutationField<SendSubscriptionMessageInputGraphType>(
                "sendSubscriptionMessage",
                ("message", typeof(SubscriptionMessageGraphType), "The message and its outcome; null when errors is set."),
                typeof(NotFoundErrorGraphType),
                typeof(NoSubscriptionGrantErrorGraphType),
                typeof(SubscriptionTemplateDisabledErrorGraphType))
            .Description("Admins: sends a test message now. It spends one of the user's grants; a user without one gets "
                + "NoSubscriptionGrantError and nothing is recorded.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<SendSubscriptionMessageCommand>("input")));
    }
}
