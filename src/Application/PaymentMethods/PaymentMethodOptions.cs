using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.PaymentMethods;

/// <summary>
/// Section <c>PaymentMethods</c>: which methods each platform may pay with. WeChat allows virtual goods on iOS only
/// through Virtual Payment (routed to Apple), or not at all with prices hidden
/// (https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/virtual-payment/ios.html).
/// A platform without rules may use every method that has a provider.
/// </summary>
public sealed class PaymentMethodOptions
{
    public const string SectionName = "PaymentMethods";

    public Dictionary<ClientPlatform, PlatformPaymentRules> Platforms { get; set; } = [];
}

public sealed class PlatformPaymentRules
{
    /// <summary>The methods buyers on this platform may choose; empty: none (no purchase at all).</summary>
    public List<PaymentChannel> Methods { get; set; } = [];

    /// <summary>With no method allowed, whether prices are hidden from viewers on this platform too.</summary>
    public bool HidePrices { get; set; }
}
