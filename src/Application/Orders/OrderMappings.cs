using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Orders;
using Mapster;

namespace KnowledgePay.Application.Orders;

internal sealed class OrderMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Order, OrderDto>()
            .Map(d => d.AmountFen, s => s.Total.AmountFen)
            .Map(d => d.Currency, s => s.Total.Currency);
}
