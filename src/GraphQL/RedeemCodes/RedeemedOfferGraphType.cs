using GraphQL.Types;
using KnowledgePay.Application.RedeemCodes.Commands.RedeemCode;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.RedeemCodes;

internal sealed class RedeemedOfferGraphType : ObjectGraphType<RedeemedOfferDto>
{
    public RedeemedOfferGraphType()
    {
        Name = "RedeemedOffer";
        Description = "What a redeemed code gave the caller.";
        this.AddOfferFields(r => r.Kind, r => r.OfferId);
    }
}
