using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Notifications;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.VirtualPayment;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Client;

/// <summary>
/// Plays the user in <c>wx.requestVirtualPayment</c> in goods mode
/// (https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestVirtualPayment.html): checks signData, paySig
/// (AppKey of signData's env) and signature (the user's current session key), that goodsPrice is the product's price and
/// the outTradeNo unused, then pays and pushes <c>xpay_goods_deliver_notify</c>. An armed <c>amountMismatch</c>
/// notification fault charges one fen more than the product's price (WeChat's price was changed behind the merchant's back).
/// </summary>
internal sealed partial class VirtualPaymentSheet(
    XPayLedger ledger,
    XPayPushes pushes,
    FaultQueue<NotificationFault> faults,
    SimulatedClock clock,
    IOptions<VirtualPaymentSimulatorOptions> options)
{
    public const string GoodsMode = "short_series_goods";

    /// <returns>The paid order, or the client's fail code and message.</returns>
    public (XPayOrder? Order, int ErrCode, string ErrMsg) Pay(SimulatedUser user, string signData, string paySig, string signature, string mode)
    {
        var settings = options.Value;
        if (mode != GoodsMode || Read(signData) is not { } data || data.OfferId != settings.OfferId)
        {
            return Refused(ClientPaymentErrors.InvalidParameter, "invalid signData, mode or offerId");
        }
        if (!XPaySignatures.Matches(XPaySignatures.PaySig(settings.AppKey(data.Env), signData), paySig))
        {
            return Refused(ClientPaymentErrors.PaySigInvalid, "PAY_SIG_INVALID");
        }
        if (!SessionSignature.Matches(user.SessionKey, signData, signature))
        {
            return Refused(ClientPaymentErrors.SignatureInvalid, "SIGNATURE_INVALID");
        }
        var product = settings.EffectiveProducts.FirstOrDefault(p => p.ProductId == data.ProductId);
        if (product is null || product.PriceFen != data.GoodsPrice || data.BuyQuantity != 1)
        {
            return Refused(ClientPaymentErrors.InvalidParameter, "productId, goodsPrice or buyQuantity do not match a published product");
        }
        var charged = product.PriceFen + (faults.TryTake(NotificationFault.AmountMismatch) is null ? 0 : 1);
        var order = ledger.Pay(data.OutTradeNo, user.OpenId, data.Env, product.ProductId, charged, data.Attach, clock.GetUtcNow());
        if (order is null)
        {
            return Refused(ClientPaymentErrors.InvalidParameter, "outTradeNo was used before");
        }
        pushes.GoodsPaid(order);
        return (order, 0, "requestVirtualPayment:ok");
    }

    private static (XPayOrder?, int, string) Refused(int errCode, string errMsg) => (null, errCode, $"requestVirtualPayment:fail {errMsg}");

    /// <summary>signData with every field of the right JSON type; a string where a number belongs is refused, as WeChat does.</summary>
    private static SignDataFields? Read(string signData)
    {
        try
        {
            var root = JsonDocument.Parse(signData).RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("offerId", out var offerId) && offerId.ValueKind == JsonValueKind.String
                && root.TryGetProperty("buyQuantity", out var quantity) && quantity.TryGetInt32(out var buyQuantity)
                && root.TryGetProperty("env", out var envValue) && envValue.TryGetInt32(out var env) && env is 0 or 1
                && root.TryGetProperty("currencyType", out var currency) && currency.ValueKind == JsonValueKind.String && currency.GetString() == "CNY"
                && root.TryGetProperty("productId", out var productId) && productId.ValueKind == JsonValueKind.String
                && root.TryGetProperty("goodsPrice", out var price) && price.TryGetInt64(out var goodsPrice)
                && root.TryGetProperty("outTradeNo", out var outTradeNo) && outTradeNo.ValueKind == JsonValueKind.String
                && OutTradeNoPattern().IsMatch(outTradeNo.GetString()!)
                ? new SignDataFields(
                    offerId.GetString()!, buyQuantity, env, productId.GetString()!, goodsPrice, outTradeNo.GetString()!,
                    root.TryGetProperty("attach", out var attach) && attach.ValueKind == JsonValueKind.String ? attach.GetString()! : string.Empty)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?!_)[0-9A-Za-z_\-|*@]{8,32}$")]
    private static partial Regex OutTradeNoPattern();

    private sealed record SignDataFields(
        string OfferId, int BuyQuantity, int Env, string ProductId, long GoodsPrice, string OutTradeNo, string Attach);
}
