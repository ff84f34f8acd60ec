using GraphQL.Types;
using KnowledgePay.Application.Wallets.Commands.AdjustWallet;
using KnowledgePay.Application.Wallets.Commands.TopUp;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Wallets;

internal sealed class TopUpInputGraphType : InputObjectGraphType<TopUpCommand>
{
    public TopUpInputGraphType()
    {
        Name = "TopUpInput";
        Field(c => c.AmountFen).Description("How much to put in, in fen (within topUpOptions).");
        Field(c => c.ClientKey).Description("A key the client makes once per top-up attempt (8 to 64 characters); a retry with it returns the same top-up.");
    }
}

internal sealed class AdjustWalletInputGraphType : InputObjectGraphType<AdjustWalletCommand>
{
    public AdjustWalletInputGraphType()
    {
        Name = "AdjustWalletInput";
        this.IdField("userId", CreateCreatorInputGraphType.UserTypeName).Description("Whose balance.");
        Field(c => c.AmountFen).Description("Fen to add (positive, to the bonus pot) or take (negative, bonus pot first).");
        Field(c => c.Reason).Description("Why, for the audit log.");
        Field(c => c.ClientKey).Description("A key made once per adjustment (8 to 64 characters); a retry with it adjusts once.");
    }
}
