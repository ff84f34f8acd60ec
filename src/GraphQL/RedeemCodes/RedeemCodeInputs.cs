using GraphQL.Types;
using KnowledgePay.Application.RedeemCodes.Commands.GenerateRedeemCodes;
using KnowledgePay.Application.RedeemCodes.Commands.RedeemCode;
using KnowledgePay.Domain.RedeemCodes;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.RedeemCodes;

internal sealed class GenerateRedeemCodesInputGraphType : InputObjectGraphType<GenerateRedeemCodesCommand>
{
    public GenerateRedeemCodesInputGraphType()
    {
        Name = "GenerateRedeemCodesInput";
        this.OptionalIdField("courseId", CourseGraphType.TypeName).Description("The course the codes give; or offerId.");
        this.OptionalIdField("offerId", OfferGraphType.TypeName).Description("The bundle or membership plan the codes give; or courseId.");
        Field(c => c.Count).Description($"How many codes, 1 to {RedeemCodeLimits.MaxBatchSize}.");
        Field(c => c.ExpiresAt).Description("After this no code of the batch can be redeemed.");
        Field(c => c.Label).Description("The channel or deal the codes are for, as the operator wants to recognise them.");
    }
}

internal sealed class RedeemCodeInputGraphType : InputObjectGraphType<RedeemCodeCommand>
{
    public RedeemCodeInputGraphType()
    {
        Name = "RedeemCodeInput";
        Field(c => c.Code).Description("The code as typed from the card; case, spaces and dashes do not matter.");
    }
}
