using GraphQL.Types;
using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.GraphQL.Orders;

/// <summary>What checkout returns, by method: arguments for wx.requestPayment or wx.requestVirtualPayment, or the balance left.</summary>
internal sealed class PaymentParametersGraphType : UnionGraphType
{
    public PaymentParametersGraphType()
    {
        Name = "PaymentParameters";
        Description = "WeChatPayParameters for wx.requestPayment, VirtualPaymentParameters for wx.requestVirtualPayment, or "
            + "BalancePayment when the balance paid at once.";
        Type<WeChatPayParametersGraphType>();
        Type<VirtualPaymentParametersGraphType>();
        Type<BalancePaymentGraphType>();
        ResolveType = value => value switch
        {
            JsapiPaymentParameters => PossibleTypes.Single(t => t is WeChatPayParametersGraphType),
            VirtualPaymentParameters => PossibleTypes.Single(t => t is VirtualPaymentParametersGraphType),
            BalancePaymentParameters => PossibleTypes.Single(t => t is BalancePaymentGraphType),
            _ => null,
        };
    }
}

internal sealed class VirtualPaymentParametersGraphType : ObjectGraphType<VirtualPaymentParameters>
{
    public VirtualPaymentParametersGraphType()
    {
        Name = "VirtualPaymentParameters";
        Description = "The arguments of wx.requestVirtualPayment, signed by the server; pass them unchanged (signData verbatim, never re-serialised).";
        Field(p => p.SignData).Description("A JSON string: offerId, buyQuantity, env, currencyType, productId, goodsPrice, outTradeNo, attach.");
        Field(p => p.PaySig).Description("HMAC-SHA256 of \"requestVirtualPayment&\" + signData with the Virtual Payment AppKey.");
        Field(p => p.Signature).Description("HMAC-SHA256 of signData with the buyer's session key.");
        Field(p => p.Mode).Description("short_series_goods.");
    }
}

internal sealed class BalancePaymentGraphType : ObjectGraphType<BalancePaymentParameters>
{
    public BalancePaymentGraphType()
    {
        Name = "BalancePayment";
        Description = "The balance paid the order; nothing more for the client to do.";
        Field("balance", p => MoneyValue.Cny(p.BalanceFen), type: typeof(NonNullGraphType<MoneyGraphType>))
            .Description("What is left in the buyer's balance.");
    }
}
