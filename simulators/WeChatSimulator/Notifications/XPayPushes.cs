using System.Text.Json;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.VirtualPayment;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// Virtual Payment's events as message pushes
/// (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/wechatpay/virtual-payment-callback.md), with
/// the notification faults armed at that moment. An acknowledged delivery push marks the order delivered.
/// </summary>
internal sealed class XPayPushes(
    NotificationOutbox outbox,
    MessagePushProtocol protocol,
    XPayLedger ledger,
    FaultQueue<NotificationFault> faults,
    SimulatedClock clock,
    IOptions<VirtualPaymentSimulatorOptions> options)
{
    public const string GoodsDeliverEvent = "xpay_goods_deliver_notify";
    public const string RefundEvent = "xpay_refund_notify";

    public void GoodsPaid(XPayOrder order) => Enqueue(
        GoodsDeliverEvent,
        order.OpenId,
        new Dictionary<string, object>
        {
            ["OpenId"] = order.OpenId,
            ["OutTradeNo"] = order.OutTradeNo,
            ["Env"] = order.Env,
            ["WeChatPayInfo"] = new Dictionary<string, object>
            {
                ["MchOrderNo"] = order.OutTradeNo,
                ["TransactionId"] = order.WxPayOrderId,
                ["PaidTime"] = order.PaidAt.ToUnixTimeSeconds(),
            },
            ["GoodsInfo"] = new Dictionary<string, object>
            {
                ["ProductId"] = order.ProductId,
                ["Quantity"] = 1,
                ["OrigPrice"] = order.PriceFen,
                ["ActualPrice"] = order.PriceFen,
                ["Attach"] = order.Attach,
            },
        },
        () => ledger.MarkDelivered(order.OutTradeNo, clock.GetUtcNow()));

    public void Refunded(XPayRefund refund, XPayOrder order) => Enqueue(
        RefundEvent,
        order.OpenId,
        new Dictionary<string, object>
        {
            ["OpenId"] = order.OpenId,
            ["MchRefundId"] = refund.RefundOrderId,
            ["WxRefundId"] = refund.WxRefundId,
            ["MchOrderId"] = order.OutTradeNo,
            ["WxOrderId"] = order.WxOrderId,
            ["RefundFee"] = refund.RefundFee,
            ["RetCode"] = 0,
            ["RetMsg"] = "success",
            ["RefundStartTimestamp"] = refund.RequestedAt.ToUnixTimeSeconds(),
            ["RefundSuccTimestamp"] = refund.SettledAt!.Value.ToUnixTimeSeconds(),
            ["RetryTimes"] = 0,
        },
        acknowledged: null);

    private void Enqueue(string eventName, string openId, Dictionary<string, object> fields, Action? acknowledged)
    {
        var message = new Dictionary<string, object>
        {
            ["ToUserName"] = MessagePushProtocol.OriginalId,
            ["FromUserName"] = openId,
            ["CreateTime"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["MsgType"] = "event",
            ["Event"] = eventName,
        };
        foreach (var (name, value) in fields)
        {
            message[name] = value;
        }
        // Without a message push URL WeChat has nowhere to push: the event is logged as dropped.
        var url = options.Value.MessagePushUrl;
        var armed = url is null ? new NotificationFaults([new NotificationFault(NotificationFault.Drop)]) : NotificationFaults.TakeFrom(faults);
        outbox.Enqueue(new Notification(PayIds.NotificationId(), eventName, url ?? string.Empty, JsonSerializer.SerializeToUtf8Bytes(message), armed, protocol)
        {
            Acknowledged = acknowledged,
        });
    }
}
