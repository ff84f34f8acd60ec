using GraphQL.Types;
using KnowledgePay.Application.RedeemCodes.Commands.GenerateRedeemCodes;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.RedeemCodes;

internal sealed class RedeemCodeBatchExportGraphType : ObjectGraphType<RedeemCodeBatchExportDto>
{
    public RedeemCodeBatchExportGraphType()
    {
        Name = "RedeemCodeBatchExport";
        Description = "A new batch of redeem codes with the codes themselves: shown this once, as only their hashes are kept.";
        this.GlobalIdField("RedeemCodeBatch", b => b.Id);
        this.AddOfferFields(b => b.Kind, b => b.OfferId);
        Field(b => b.Label).Description("The channel or deal the codes are for.");
        Field(b => b.Count).Description("How many codes the batch holds.");
        Field(b => b.ExpiresAt).Description("After this no code of the batch can be redeemed.");
        Field(b => b.Codes).Description("The codes, to print or hand to the channel; they cannot be shown again.");
        Field(b => b.Csv).Description("The same codes as CSV (code,label,expires_at), for a spreadsheet.");
    }
}
