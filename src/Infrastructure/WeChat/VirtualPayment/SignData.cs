using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// The <c>signData</c> of <c>wx.requestVirtualPayment</c> in goods mode
/// (https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestVirtualPayment.html): numbers stay JSON numbers
/// (a string where WeChat expects an int fails the signature), and no <c>platform</c> field for goods.
/// </summary>
internal sealed record SignData(
    [property: JsonPropertyName("offerId")] string OfferId,
    [property: JsonPropertyName("buyQuantity")] int BuyQuantity,
    [property: JsonPropertyName("env")] int Env,
    [property: JsonPropertyName("currencyType")] string CurrencyType,
    [property: JsonPropertyName("productId")] string ProductId,
    [property: JsonPropertyName("goodsPrice")] long GoodsPrice,
    [property: JsonPropertyName("outTradeNo")] string OutTradeNo,
    [property: JsonPropertyName("attach")] string Attach)
{
    public const string GoodsMode = "short_series_goods";

    /// <summary>The exact text that is signed and that the client passes verbatim.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);
}
