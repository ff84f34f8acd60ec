using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

internal sealed record ShippingInfoRequest(
    [property: JsonPropertyName("order_key")] ShippingOrderKey? OrderKey,
    [property: JsonPropertyName("logistics_type")] int? LogisticsType,
    [property: JsonPropertyName("delivery_mode")] int? DeliveryMode,
    [property: JsonPropertyName("shipping_list")] IReadOnlyList<ShippingItem>? ShippingList,
    [property: JsonPropertyName("upload_time")] string? UploadTime,
    [property: JsonPropertyName("payer")] ShippingPayer? Payer);

internal sealed record ShippingOrderKey(
    [property: JsonPropertyName("order_number_type")] int? OrderNumberType,
    [property: JsonPropertyName("transaction_id")] string? TransactionId);

internal sealed record ShippingItem(
    [property: JsonPropertyName("tracking_no")] string? TrackingNo,
    [property: JsonPropertyName("express_company")] string? ExpressCompany,
    [property: JsonPropertyName("item_desc")] string? ItemDesc);

internal sealed record ShippingPayer([property: JsonPropertyName("openid")] string? OpenId);
