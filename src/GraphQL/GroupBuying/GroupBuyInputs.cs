using GraphQL.Types;
using KnowledgePay.Application.GroupBuying.Commands.CreateGroupBuyDeal;
using KnowledgePay.Application.GroupBuying.Commands.EndGroupBuyDeal;
using KnowledgePay.Application.Pricing;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.GroupBuying;

internal sealed class GroupBuyInputGraphType : InputObjectGraphType<GroupBuyRequest>
{
    public GroupBuyInputGraphType()
    {
        Name = "GroupBuyInput";
        Description = "Buy the cart's one line in a group (拼团): join groupId, or leave it out to open a new group as its leader.";
        this.IdField("dealId", GroupBuyDealGraphType.TypeName).Description("The deal (one of groupBuyDeals).");
        this.OptionalIdField("groupId", GroupBuyGraphType.TypeName).Description("The group to join (one of the deal's openGroups); omitted: open a new one.");
    }
}

internal sealed class CreateGroupBuyDealInputGraphType : InputObjectGraphType<CreateGroupBuyDealCommand>
{
    public CreateGroupBuyDealInputGraphType()
    {
        Name = "CreateGroupBuyDealInput";
        Description = "What is bought in groups (a course or a bundle, exactly one), by how many, at what price, and when.";
        this.OptionalIdField("courseId", CourseGraphType.TypeName).Description("The course.");
        this.OptionalIdField("offerId", OfferGraphType.TypeName).Description("The bundle.");
        Field(c => c.GroupSize).Description("Members a group needs, 2 to 10.");
        Field(c => c.PriceFen).Description("The group price in fen: below the list price, within the offer's guardrails.");
        Field(c => c.FillHours).Description("Hours a group has from its opening to fill, 1 to 168; then its members are refunded.");
        Field(c => c.StartsAt).Description("When groups may start opening.");
        Field(c => c.EndsAt).Description("When no more groups open or take members: after the start, in the future, at most 90 days later.");
    }
}

internal sealed class EndGroupBuyDealInputGraphType : InputObjectGraphType<EndGroupBuyDealCommand>
{
    public EndGroupBuyDealInputGraphType()
    {
        Name = "EndGroupBuyDealInput";
        this.IdField("dealId", GroupBuyDealGraphType.TypeName);
    }
}
