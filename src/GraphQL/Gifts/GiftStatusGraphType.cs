using GraphQL.Types;
using KnowledgePay.Domain.Gifts;

namespace KnowledgePay.GraphQL.Gifts;

internal sealed class GiftStatusGraphType : EnumerationGraphType<GiftStatus>
{
    public GiftStatusGraphType()
    {
        Name = "GiftStatus";
        Description = "Unclaimed until someone claims it (then it is no longer refundable) or its buyer is refunded (then it is no longer claimable).";
    }
}
