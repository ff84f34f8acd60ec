using GraphQL.Types;
using KnowledgePay.Application.GroupBuying.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.DataLoading;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.GroupBuying;

internal sealed class GroupBuyDealGraphType : ObjectGraphType<GroupBuyDealDto>
{
    public const string TypeName = "GroupBuyDeal";

    public GroupBuyDealGraphType()
    {
        Name = TypeName;
        Description = "A group-buy offer (拼团) on a course or bundle: groups of groupSize buy it at price, each with fillHours to fill.";
        this.GlobalIdField(Name, d => d.Id);
        this.AddOfferFields(d => d.OfferKind, d => d.OfferId);
        Field(d => d.GroupSize).Description("Paid members a group needs to complete.");
        Field<NonNullGraphType<LongGraphType>>("price").Description("The group price in fen.").Resolve(ctx => ctx.Source.PriceFen);
        Field(d => d.FillHours).Description("Hours a group has from its opening to fill; then every member is refunded.");
        Field(d => d.StartsAt).Description("When groups may start opening.");
        Field(d => d.EndsAt).Description("When no more groups open or take members (unless ended early).");
        Field(d => d.EndedEarlyAt, nullable: true).Description("When an admin ended it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupBuyGraphType>>>>("openGroups")
            .Description("Groups one may still join (open, in time, a seat free), oldest first, at most 20.")
            .Resolve(ctx => ctx.Loader<OpenGroupBuysByDealIdLoader>().LoadAsync(ctx.Source.Id).Then(groups => groups ?? []));
    }
}
