using GraphQL.Types;
using KnowledgePay.Application.Gifts.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Gifts;

/// <summary>A gift as whoever holds its code sees it: no code, no buyer id, only the buyer's nickname.</summary>
internal sealed class GiftPreviewGraphType : ObjectGraphType<GiftPreviewDto>
{
    public GiftPreviewGraphType()
    {
        Name = "GiftPreview";
        Description = "A gift someone shared: what it gives and who sent it.";
        this.GlobalIdField(GiftGraphType.TypeName, g => g.Id);
        this.AddOfferFields(g => g.Kind, g => g.OfferId);
        Field(g => g.FromNickname, nullable: true).Description("The buyer's nickname; null when they have not set one.");
        Field(g => g.Status, type: typeof(NonNullGraphType<GiftStatusGraphType>)).Description("UNCLAIMED when it can still be claimed.");
    }
}
