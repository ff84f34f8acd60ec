using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders;

/// <summary>The registered payment providers, one per channel; an order always goes back to the channel it was placed for.</summary>
internal sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways)
{
    private readonly Dictionary<PaymentChannel, IPaymentGateway> _byChannel = gateways.ToDictionary(g => g.Channel);

    public bool Has(PaymentChannel channel) => _byChannel.ContainsKey(channel);

    public IPaymentGateway For(PaymentChannel channel) =>
        _byChannel.TryGetValue(channel, out var gateway)
            ? gateway
            : throw new InvalidOperationException($"No payment gateway is registered for {channel}.");
}
