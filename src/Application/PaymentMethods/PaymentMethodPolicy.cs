using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Orders;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.PaymentMethods;

/// <summary>What the current viewer's platform may pay with: the operator's rules for it, limited to the methods that have a provider.</summary>
internal sealed class PaymentMethodPolicy(IClientPlatform client, PaymentGateways gateways, IOptions<PaymentMethodOptions> options)
{
    public IReadOnlyList<PaymentChannel> AllowedMethods() =>
        [.. Enum.GetValues<PaymentChannel>().Where(method => gateways.Has(method) && AllowedOnPlatform(method))];

    public void EnsureAllowed(PaymentChannel method)
    {
        if (!AllowedMethods().Contains(method))
        {
            throw OrderErrors.PaymentMethodNotAllowed(method, $"it is not offered on {client.Platform}");
        }
    }

    private bool AllowedOnPlatform(PaymentChannel method) =>
        !options.Value.Platforms.TryGetValue(client.Platform, out var rules) || rules.Methods.Contains(method);
}
