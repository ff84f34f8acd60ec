using KnowledgePay.WeChatSimulator.Notifications;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Client;

/// <summary>Plays the user in <c>wx.requestPayment</c>; a successful payment queues TRANSACTION.SUCCESS.</summary>
internal sealed class PaymentSheet(PayLedger ledger, NotificationOutbox outbox)
{
    public PaymentResult Pay(PaymentAttempt attempt)
    {
        var result = ledger.Pay(attempt);
        if (result is { Refusal: null, Transaction.TradeState: TradeState.Success } && attempt.Outcome == PaymentAttempt.Success)
        {
            outbox.PaymentSucceeded(result.Transaction);
        }
        return result;
    }
}
