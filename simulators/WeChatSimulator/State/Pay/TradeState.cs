namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>The JSAPI <c>trade_state</c> values the simulator moves through (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-trade-no.html).</summary>
internal static class TradeState
{
    public const string NotPay = "NOTPAY";
    public const string Success = "SUCCESS";
    public const string Refund = "REFUND";
    public const string Closed = "CLOSED";
    public const string PayError = "PAYERROR";

    public static string Describe(string state) => state switch
    {
        Success => "支付成功",
        Refund => "转入退款",
        Closed => "已关闭",
        PayError => "支付失败，请重新下单支付",
        _ => "订单未支付",
    };

    public static bool IsPaid(string state) => state is Success or Refund;
}
