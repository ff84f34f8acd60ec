using System.Globalization;
using System.Text.Json.Serialization;
using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>
/// <c>POST /wxa/sec/order/upload_shipping_info</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo) with the cached
/// stable access token: the order is named by its WeChat Pay transaction_id (order_number_type 2), virtual goods
/// (logistics_type 3) delivered in one go (delivery_mode 1).
/// </summary>
internal sealed class WeChatShippingInfoUploader(
    IHttpClientFactory clients, StableAccessTokenCache accessTokens, ILogger<WeChatShippingInfoUploader> logger)
    : IShippingInfoUploader
{
    private const string Api = "uploadShippingInfo";

    /// <summary>The longest item_desc WeChat takes.</summary>
    private const int ItemDescriptionLength = 120;

    /// <summary>WeChat reads upload_time in China Standard Time.</summary>
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public async Task<WeChatFailure?> UploadAsync(VirtualGoodsShipment shipment, CancellationToken cancellationToken)
    {
        var body = Body(shipment);
        var response = await accessTokens.CallAsync(accessToken => RequestAsync(accessToken, body, cancellationToken), cancellationToken);
        return response.Failure;
    }

    private static ShippingInfoRequest Body(VirtualGoodsShipment shipment) => new(
        new OrderKey(OrderNumberType: 2, shipment.TransactionId),
        LogisticsType: 3,
        DeliveryMode: 1,
        [new ShippingItem(shipment.ItemDescription.Length > ItemDescriptionLength
            ? shipment.ItemDescription[..ItemDescriptionLength]
            : shipment.ItemDescription)],
        shipment.DeliveredAt.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        new Payer(shipment.PayerOpenId));

    private Task<WeChatResponse<ShippingInfoReply>> RequestAsync(
        string accessToken, ShippingInfoRequest body, CancellationToken cancellationToken) =>
        WeChatHttp.PostJsonAsync<ShippingInfoReply>(
            clients.CreateClient(WeChatHttp.ClientName), "wxa/sec/order/upload_shipping_info", accessToken, body, Api, logger, cancellationToken);

    private sealed record ShippingInfoRequest(
        [property: JsonPropertyName("order_key")] OrderKey OrderKey,
        [property: JsonPropertyName("logistics_type")] int LogisticsType,
        [property: JsonPropertyName("delivery_mode")] int DeliveryMode,
        [property: JsonPropertyName("shipping_list")] IReadOnlyList<ShippingItem> ShippingList,
        [property: JsonPropertyName("upload_time")] string UploadTime,
        [property: JsonPropertyName("payer")] Payer Payer);

    private sealed record OrderKey(
        [property: JsonPropertyName("order_number_type")] int OrderNumberType,
        [property: JsonPropertyName("transaction_id")] string TransactionId);

    private sealed record ShippingItem([property: JsonPropertyName("item_desc")] string ItemDesc);

    private sealed record Payer([property: JsonPropertyName("openid")] string OpenId);

    private sealed record ShippingInfoReply : WeChatReply;
}
