using GraphQL.Types;
using KnowledgePay.Application.Campaigns.Queries;

namespace KnowledgePay.GraphQL.Campaigns;

internal sealed class MarketingConsentGraphType : ObjectGraphType<MarketingConsentDto>
{
    public MarketingConsentGraphType()
    {
        Name = "MarketingConsent";
        Description = "Whether the learner accepts marketing (campaign coupons, messages, personal prices), and every change to it.";
        Field("granted", c => c.IsGranted).Description("Granted now; false when never given or withdrawn.");
        Field(c => c.Source, nullable: true).Description("Where the last change was made; null when never given.");
        Field(c => c.ChangedAt, nullable: true).Description("When the last change was made; null when never given.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarketingConsentChangeGraphType>>>>("history")
            .Description("Every grant and withdrawal, oldest first.")
            .Resolve(ctx => ctx.Source.History);
    }
}

internal sealed class MarketingConsentChangeGraphType : ObjectGraphType<MarketingConsentChangeDto>
{
    public MarketingConsentChangeGraphType()
    {
        Name = "MarketingConsentChange";
        Description = "One grant or withdrawal.";
        Field(c => c.Granted).Description("Granted (true) or withdrawn (false).");
        Field(c => c.Source).Description("Where it was made, as the mini program names it.");
        Field(c => c.At).Description("When.");
    }
}
