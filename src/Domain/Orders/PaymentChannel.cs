namespace KnowledgePay.Domain.Orders;

/// <summary>Which way the money came in; orders, fulfilment and refunds work the same for every channel.</summary>
public enum PaymentChannel
{
    /// <summary>WeChat Pay API v3, JSAPI (<c>wx.requestPayment</c>).</summary>
    WeChatPayJsapi,

    /// <summary>WeChat Virtual Payment (<c>wx.requestVirtualPayment</c>), required for virtual goods and the only iOS path.</summary>
    WeChatVirtualPayment,

    /// <summary>The buyer's balance (余额), spent in the same transaction that marks the order paid.</summary>
    Balance,
}
