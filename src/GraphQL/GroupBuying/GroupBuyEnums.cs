using GraphQL.Types;
using KnowledgePay.Domain.GroupBuying;

namespace KnowledgePay.GraphQL.GroupBuying;

internal sealed class GroupBuyStatusGraphType : EnumerationGraphType<GroupBuyStatus>
{
    public GroupBuyStatusGraphType()
    {
        Name = "GroupBuyStatus";
        Description = "Open until it fills with paid members (completed: everyone fulfilled) or its time runs out (failed: everyone refunded).";
    }
}

internal sealed class GroupBuyMemberStatusGraphType : EnumerationGraphType<GroupBuyMemberStatus>
{
    public GroupBuyMemberStatusGraphType()
    {
        Name = "GroupBuyMemberStatus";
        Description = "A seat: reserved by an unpaid order, paid, released (the order closed unpaid, or the group failed first) or refunded.";
    }
}
