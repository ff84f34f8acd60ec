using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>
/// <c>POST /wxa/sec/order/upload_shipping_info</c>: records that a paid WeChat Pay transaction was delivered
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo). Only the
/// transaction-id form of order_key (order_number_type 2) and one go (delivery_mode 1) are simulated; courier fields are
/// checked for virtual goods (logistics_type 3), which carry none. A repeat for the same transaction is accepted again.
/// </summary>
internal static partial class ShippingInfoEndpoint
{
    private const int TransactionIdType = 2;
    private const int VirtualGoods = 3;
    private const int MaxItems = 10;
    private const int MaxItemDescription = 120;

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/wxa/sec/order/upload_shipping_info", HandleAsync).AsWeChatApi(WeChatApi.UploadShippingInfo);

    private static async Task<IResult> HandleAsync(
        [FromQuery(Name = "access_token")] string? accessToken,
        HttpRequest request,
        StableAccessTokens tokens,
        PayLedger ledger,
        ShippingUploads uploads,
        SimulatedClock clock)
    {
        if (BusinessApiAccess.Check(tokens, accessToken) is { } accessError)
        {
            return WeChatResults.Error(accessError);
        }
        var (isWellFormed, body) = await JsonBody.TryReadAsync<ShippingInfoRequest>(request, WeChatResults.Json);
        if (!isWellFormed || body is null || !IsWellFormed(body))
        {
            return WeChatResults.Error(WeChatErrors.DataFormatError);
        }
        if (!TryParseUploadTime(body.UploadTime!, out var uploadTime))
        {
            return WeChatResults.Error(WeChatErrors.InvalidUploadTime);
        }
        var now = clock.GetUtcNow();
        if (ledger.FindByTransactionId(body.OrderKey!.TransactionId!, now) is not { } transaction || !TradeState.IsPaid(transaction.TradeState))
        {
            return WeChatResults.Error(WeChatErrors.PaymentNotFound);
        }
        if (transaction.Order.OpenId != body.Payer!.OpenId)
        {
            return WeChatResults.Error(WeChatErrors.InvalidOpenId);
        }
        uploads.Add(new ShippingUpload(
            transaction.TransactionId!, transaction.Order.OpenId, body.LogisticsType!.Value, body.DeliveryMode!.Value,
            [.. body.ShippingList!.Select(item => item.ItemDesc!)], uploadTime, now));
        return WeChatResults.Ok(new WeChatError(0, "ok"));
    }

    private static bool IsWellFormed(ShippingInfoRequest body) =>
        body is
        {
            OrderKey: { OrderNumberType: TransactionIdType, TransactionId.Length: > 0 },
            LogisticsType: >= 1 and <= 4,
            DeliveryMode: 1,
            ShippingList.Count: >= 1 and <= MaxItems,
            UploadTime: not null,
            Payer.OpenId.Length: > 0,
        }
        && body.ShippingList.All(item =>
            item.ItemDesc is { Length: >= 1 and <= MaxItemDescription }
            && (body.LogisticsType != VirtualGoods || (item.TrackingNo is null && item.ExpressCompany is null)));

    private static bool TryParseUploadTime(string text, out DateTimeOffset uploadTime)
    {
        uploadTime = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out uploadTime);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
