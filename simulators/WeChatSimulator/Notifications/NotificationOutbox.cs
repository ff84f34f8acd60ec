using System.Text.Json.Nodes;
using System.Threading.Channels;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Keys;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// Turns payment and refund events into encrypted envelopes with the notification faults armed at that moment, and
/// queues them for <see cref="NotificationSender"/> so the caller never waits for the merchant.
/// </summary>
internal sealed class NotificationOutbox(
    PayKeyring keyring, SimulatedClock clock, FaultQueue<NotificationFault> faults, PayNotificationProtocol payProtocol)
{
    private const string TransactionType = "transaction";
    private const string RefundType = "refund";

    private readonly Channel<Notification> _queue = Channel.CreateUnbounded<Notification>();

    public ChannelReader<Notification> Reader => _queue.Reader;

    public void PaymentSucceeded(SimulatedTransaction transaction) => Enqueue(
        "TRANSACTION.SUCCESS", "支付成功", TransactionType, transaction.Order.NotifyUrl,
        PayJson.Serialize(TransactionResource.From(transaction)), "total");

    public void RefundSettled(SimulatedRefund refund) => Enqueue(
        $"REFUND.{refund.Status}",
        refund.Status switch
        {
            RefundStatus.Success => "退款成功",
            RefundStatus.Closed => "退款关闭",
            _ => "退款异常",
        },
        RefundType, refund.NotifyUrl, PayJson.Serialize(RefundResource.From(refund, keyring.MchId)), "refund");

    private void Enqueue(
        string eventType, string summary, string originalType, string notifyUrl, byte[] plaintext, string amountField)
    {
        var armed = NotificationFaults.TakeFrom(faults);
        if (armed.Has(NotificationFault.AmountMismatch))
        {
            plaintext = WithAmountOneFenMore(plaintext, amountField);
        }
        var apiV3Key = armed.Has(NotificationFault.WrongApiV3Key) ? KeyFactory.ApiV3Key() : keyring.ApiV3Key;
        var id = PayIds.NotificationId();
        var envelope = new NotificationEnvelope(
            id, BeijingTime.Format(clock.GetUtcNow()), NotificationEnvelope.EncryptResource, eventType, summary,
            ResourceEncryption.Encrypt(apiV3Key, originalType, originalType, plaintext));
        Enqueue(new Notification(id, eventType, notifyUrl, PayJson.Serialize(envelope), armed, payProtocol));
    }

    /// <summary>Queues a notification signed by its own protocol (the message push of Virtual Payment).</summary>
    public void Enqueue(Notification notification) => _queue.Writer.TryWrite(notification);

    private static byte[] WithAmountOneFenMore(byte[] plaintext, string amountField)
    {
        var resource = JsonNode.Parse(plaintext)!;
        var amount = resource["amount"]!;
        amount[amountField] = amount[amountField]!.GetValue<long>() + 1;
        return System.Text.Encoding.UTF8.GetBytes(resource.ToJsonString(PayJson.Options));
    }
}
