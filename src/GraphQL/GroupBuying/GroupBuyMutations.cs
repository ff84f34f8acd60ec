using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.GroupBuying.Commands.CreateGroupBuyDeal;
using KnowledgePay.Application.GroupBuying.Commands.EndGroupBuyDeal;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.GroupBuying;

/// <summary>Group-buy deals (拼团), set by admins; learners open and join groups through createOrder's groupBuy.</summary>
internal static class GroupBuyMutations
{
    private static readonly (string, Type, string) Deal =
        ("deal", typeof(GroupBuyDealGraphType), "The deal as it stands after the change; null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateGroupBuyDealInputGraphType>(
                "createGroupBuyDeal",
                Deal,
                typeof(NotFoundErrorGraphType),
                typeof(GroupBuyDealInvalidErrorGraphType),
                typeof(GroupBuyPriceBeyondGuardrailsErrorGraphType),
                typeof(GroupBuyDealOverlapsErrorGraphType))
            .Description("Admins: offers a course or bundle in groups at a lower price.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateGroupBuyDealCommand>("input")));

        mutation.MutationField<EndGroupBuyDealInputGraphType>(
                "endGroupBuyDeal", Deal, typeof(NotFoundErrorGraphType), typeof(GroupBuyDealNotActiveErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: ends a deal now; its open groups still fill or fail in their own time.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<EndGroupBuyDealCommand>("input")));
    }
}
