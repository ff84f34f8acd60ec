using GraphQL.Types;
using KnowledgePay.Application.Gifts.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Gifts;

/// <summary>A gift as its buyer sees it (myGifts).</summary>
internal sealed class GiftGraphType : ObjectGraphType<GiftDto>
{
    public const string TypeName = "Gift";

    public GiftGraphType()
    {
        Name = TypeName;
        Description = "Something the caller bought for someone else, with the code and link to pass on.";
        this.GlobalIdField(Name, g => g.Id);
        this.AddOfferFields(g => g.Kind, g => g.OfferId);
        Field<NonNullGraphType<IdGraphType>>("orderId")
            .Description("The global id of the order that paid for it.")
            .Resolve(ctx => GlobalId.Encode(OrderGraphType.TypeName, ctx.Source.OrderId));
        Field(g => g.ClaimCode).Description("The secret that claims the gift; share it only with the recipient.");
        Field(g => g.SharePath).Description("The mini-program page that claims the gift, for a share card (wx.shareAppMessage path).");
        Field(g => g.Status, type: typeof(NonNullGraphType<GiftStatusGraphType>)).Description("Where the gift stands.");
        Field(g => g.CreatedAt).Description("When it was paid for.");
        Field(g => g.ClaimedAt, nullable: true).Description("When the recipient claimed it.");
    }
}
