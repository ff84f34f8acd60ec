using GraphQL.Types;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.GraphQL.Sales;

internal sealed class SaleKindGraphType : EnumerationGraphType<SaleKind>
{
    public SaleKindGraphType()
    {
        Name = "SaleKind";
        Description = "A limited-time price (限时优惠) for everyone, or a flash sale (秒杀) with a stock and a limit per buyer.";
    }
}
