using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Orders;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.PaymentMethods;

/// <summary>
/// What the current viewer's platform may pay with: the operator's rules for it, limited to the methods that have a
/// provider. The rules are read on every use, so an operator can switch a platform (e.g. when WeChat opens Virtual Payment
/// on iOS) by editing the configuration, without a restart. Content already bought is never gated here.
/// </summary>
internal sealed class PaymentMethodPolicy(IClientPlatform client, PaymentGateways gateways, IOptionsMonitor<PaymentMethodOptions> options)
{
    public IReadOnlyList<PaymentChannel> AllowedMethods() =>
        [.. Enum.GetValues<PaymentChannel>().Where(method => gateways.Has(method) && AllowedOnPlatform(method))];

    /// <summary>Whether viewers on this platform see no price at all (no method allowed and <c>HidePrices</c> set).</summary>
    public bool PricesHidden => Rules is { HidePrices: true } && AllowedMethods().Count == 0;

    public PurchaseOptionsDto Options()
    {
        var methods = AllowedMethods();
        return new PurchaseOptionsDto(methods, methods.Count > 0, PricesHidden);
    }

    public void EnsureAllowed(PaymentChannel method)
    {
        if (!AllowedMethods().Contains(method))
        {
            throw OrderErrors.PaymentMethodNotAllowed(method, $"it is not offered on {client.Platform}");
        }
    }

    /// <summary>Refuses to start a purchase on a platform that may pay with nothing.</summary>
    public void EnsureCanBuy()
    {
        if (AllowedMethods().Count == 0)
        {
            throw OrderErrors.PurchaseNotOffered(client.Platform.ToString());
        }
    }

    /// <summary>Refuses to price anything for a platform whose prices are hidden.</summary>
    public void EnsurePricesShown()
    {
        if (PricesHidden)
        {
            throw OrderErrors.PurchaseNotOffered(client.Platform.ToString());
        }
    }

    private PlatformPaymentRules? Rules => options.CurrentValue.Platforms.GetValueOrDefault(client.Platform);

    private bool AllowedOnPlatform(PaymentChannel method) => Rules is not { } rules || rules.Methods.Contains(method);
}
