using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// Section <c>WeChat:VirtualPayment</c>: the mini program's Virtual Payment (小程序虚拟支付) settings from MP admin → 虚拟支付
/// (https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/virtual-payment.html).
/// Goods take up to 30 min to sync after they are published, so courses map to a few price-tier products rather than one
/// product each: an order is sold as the product whose price equals its total.
/// </summary>
public sealed class VirtualPaymentOptions
{
    public const string SectionName = "WeChat:VirtualPayment";

    [Required]
    public string OfferId { get; set; } = string.Empty;

    /// <summary>0 = 现网 (production), 1 = 沙箱 (sandbox).</summary>
    [Range(0, 1)]
    public int Env { get; set; }

    /// <summary>The AppKey of env 0; signs paySig and every server API call.</summary>
    public string ProductionAppKey { get; set; } = string.Empty;

    /// <summary>The AppKey of env 1.</summary>
    public string SandboxAppKey { get; set; } = string.Empty;

    /// <summary>The published goods (道具), one per price tier.</summary>
    [MinLength(1)]
    public List<VirtualPaymentProduct> Products { get; set; } = [];

    /// <summary>The AppKey of the configured env.</summary>
    public string AppKey => Env == 0 ? ProductionAppKey : SandboxAppKey;

    public VirtualPaymentProduct? ProductPriced(long priceFen) => Products.Find(p => p.PriceFen == priceFen);
}

/// <summary>A good configured in MP admin: its id and its price in fen (signData's goodsPrice must equal it).</summary>
public sealed class VirtualPaymentProduct
{
    [Required]
    public string ProductId { get; set; } = string.Empty;

    [Range(1, long.MaxValue)]
    public long PriceFen { get; set; }
}
