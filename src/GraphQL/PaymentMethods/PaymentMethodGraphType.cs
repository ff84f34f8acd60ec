using GraphQL.Types;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.GraphQL.PaymentMethods;

internal sealed class PaymentMethodGraphType : EnumerationGraphType
{
    public PaymentMethodGraphType()
    {
        Name = "PaymentMethod";
        Description = "How the buyer pays: WeChat Pay, their balance (余额), or WeChat Virtual Payment (the only way on iOS).";
        Add("WECHAT_PAY", PaymentChannel.WeChatPayJsapi, "WeChat Pay (wx.requestPayment).");
        Add("BALANCE", PaymentChannel.Balance, "The buyer's balance, spent at once.");
        Add("VIRTUAL_PAYMENT", PaymentChannel.WeChatVirtualPayment, "WeChat Virtual Payment (wx.requestVirtualPayment).");
    }
}
