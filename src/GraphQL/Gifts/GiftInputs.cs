using GraphQL.Types;
using KnowledgePay.Application.Gifts.Commands.ClaimGift;

namespace KnowledgePay.GraphQL.Gifts;

internal sealed class ClaimGiftInputGraphType : InputObjectGraphType<ClaimGiftCommand>
{
    public ClaimGiftInputGraphType()
    {
        Name = "ClaimGiftInput";
        Field(c => c.Code).Description("The code from the share link.");
    }
}
