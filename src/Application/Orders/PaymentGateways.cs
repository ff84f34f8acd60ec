using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders;

/// <summary>The registered payment providers, one per channel; an order always goes back to the channel it was placed for.</summary>
internal sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways)
{
    private readonly Dictionary<PaymentChannel, IPaymentGateway> _byChannel = gateways.ToDictionary(g => g.Channel);

    public IPaymentGateway For(PaymentChannel channel) =>
        _byChannel.TryGetValue(channel, out var gateway)
            ? gateway
            : throw new InvalidOperationException($"No payment gateway is registered for {channel}.");

    /// <summary>Turns a provider failure that is not "ask again later" into the client-facing error.</summary>
    public static DomainException Unavailable(PaymentFailure failure) =>
        failure.Kind is PaymentFailureKind.OutcomeUnknown or PaymentFailureKind.RateLimited
            ? OrderErrors.PaymentProviderUnavailable()
            : OrderErrors.PaymentRejected();
}
