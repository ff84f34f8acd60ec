using GraphQL.Types;
using KnowledgePay.Application.GroupBuying.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.GroupBuying;

internal sealed class GroupBuyGraphType : ObjectGraphType<GroupBuyDto>
{
    public const string TypeName = "GroupBuy";

    public GroupBuyGraphType()
    {
        Name = TypeName;
        Description = "One group of a group-buy deal, as anyone with its link sees it: no member is named.";
        this.GlobalIdField(Name, g => g.Id);
        Field<NonNullGraphType<IdGraphType>>("dealId")
            .Description("The global id of its deal.")
            .Resolve(ctx => GlobalId.Encode(GroupBuyDealGraphType.TypeName, ctx.Source.DealId));
        this.AddOfferFields(g => g.OfferKind, g => g.OfferId);
        Field<NonNullGraphType<GroupBuyStatusGraphType>>("status").Description("Where the group stands.").Resolve(ctx => ctx.Source.Status);
        Field(g => g.Size).Description("Paid members it needs.");
        Field(g => g.SeatsTaken).Description("Seats held by members, paid or with an order not yet paid.");
        Field<NonNullGraphType<IntGraphType>>("seatsLeft")
            .Description("Seats still free while it is open; 0 once it closed.")
            .Resolve(ctx => ctx.Source.Status == Domain.GroupBuying.GroupBuyStatus.Open ? Math.Max(0, ctx.Source.Size - ctx.Source.SeatsTaken) : 0);
        Field(g => g.PaidCount).Description("Members who paid; it completes when this reaches size.");
        Field(g => g.OpenedAt).Description("When its leader opened it.");
        Field(g => g.ExpiresAt).Description("When it fails unless full by then.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupBuyMemberGraphType>>>>("members")
            .Description("Its seat holders in joining order, masked.")
            .Resolve(ctx => ctx.Source.Members);
    }
}

internal sealed class GroupBuyMemberGraphType : ObjectGraphType<GroupBuyMemberDto>
{
    public GroupBuyMemberGraphType()
    {
        Name = "GroupBuyMember";
        Description = "A seat holder as others see them.";
        Field(m => m.Nickname).Description("The first character of their nickname and asterisks.");
        Field(m => m.AvatarUrl, nullable: true).Description("Their avatar.");
        Field(m => m.IsLeader).Description("Opened the group.");
        Field(m => m.HasPaid).Description("Paid; an unpaid seat is released when its order closes.");
    }
}

internal sealed class MyGroupBuyGraphType : ObjectGraphType<MyGroupBuyDto>
{
    public MyGroupBuyGraphType()
    {
        Name = "MyGroupBuy";
        Description = "The caller's seat in a group.";
        this.GlobalIdField("GroupBuyMember", m => m.Id);
        Field<NonNullGraphType<GroupBuyGraphType>>("group")
            .Description("The group.")
            .Resolve(ctx => ctx.Loader<GroupBuyByIdLoader>().LoadAsync(ctx.Source.GroupBuyId));
        Field<NonNullGraphType<IdGraphType>>("orderId")
            .Description("The global id of the order that holds the seat.")
            .Resolve(ctx => GlobalId.Encode(Orders.OrderGraphType.TypeName, ctx.Source.OrderId));
        Field(m => m.IsLeader).Description("The caller opened the group.");
        Field<NonNullGraphType<GroupBuyMemberStatusGraphType>>("status").Description("Where the seat stands.").Resolve(ctx => ctx.Source.Status);
        Field(m => m.JoinedAt).Description("When the caller's order took the seat.");
    }
}
