using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Gifts.Commands.ClaimGift;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Gifts;

internal static class GiftMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<ClaimGiftInputGraphType>(
                "claimGift",
                ("gift", typeof(GiftPreviewGraphType), "The claimed gift; null when errors is set."),
                typeof(GiftNotFoundErrorGraphType),
                typeof(GiftAlreadyClaimedErrorGraphType),
                typeof(GiftRefundedErrorGraphType),
                typeof(GiftOwnErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users other than its buyer: claims a gift by the code from its share link and receives "
                + "what it gives. A gift is claimed once; after that, or after its buyer was refunded, it gives nothing.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ClaimGiftCommand>("input")));
}
